package com.crmtracker.web.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.GateDecisionView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.web.support.LanguageResolver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The steering committee's board pack of a project as a PDF: cover, status summary,
 * timeline, cost and TCO, earned value, scorecard, and the decisions taken since the last
 * pack, a page each, in the reader's language.
 */
@Service
public class BoardPacks {

	private final ProjectDashboard dashboard;

	private final Portfolio portfolio;

	private final SpringTemplateEngine templates;

	private final PdfRenderer renderer;

	private final JdbcTemplate jdbc;

	BoardPacks(ProjectDashboard dashboard, Portfolio portfolio, SpringTemplateEngine templates, PdfRenderer renderer,
			JdbcTemplate jdbc) {
		this.dashboard = dashboard;
		this.portfolio = portfolio;
		this.templates = templates;
		this.renderer = renderer;
		this.jdbc = jdbc;
	}

	/** Renders the pack and records that it was handed out. */
	@Transactional
	public byte[] render(ProjectHandle project, String language) {
		Actor actor = project.actor();
		ProjectId id = project.id();
		Locale locale = "zh-CN".equalsIgnoreCase(language) || "zh".equalsIgnoreCase(language) ? LanguageResolver.CHINESE
				: Locale.ENGLISH;
		LocalDate today = LocalDate.now();
		ProjectDashboard.View view = this.dashboard.of(project, today, locale);
		Instant since = lastPack(id);
		Context context = new Context(locale);
		context.setVariable("view", view);
		context.setVariable("project", view.project());
		context.setVariable("row", this.portfolio.rowOf(project, today));
		context.setVariable("today", today);
		context.setVariable("since", since);
		context.setVariable("decisions", decisionsSince(view.plan().phases(), since));
		byte[] pdf = this.renderer.render(this.templates.process("boardpack/pack", context));
		this.jdbc.update("insert into board_pack (project_id, generated_by, language) values (?, ?, ?)", id.value(),
				actor.username(), locale == LanguageResolver.CHINESE ? "zh-CN" : "en");
		return pdf;
	}

	private Instant lastPack(ProjectId id) {
		List<Timestamp> last = this.jdbc.queryForList(
				"select max(generated_at) from board_pack where project_id = ? having max(generated_at) is not null",
				Timestamp.class, id.value());
		return last.isEmpty() ? null : last.get(0).toInstant();
	}

	static List<Decision> decisionsSince(List<PhaseView> phases, Instant since) {
		List<Decision> decisions = new ArrayList<>();
		for (PhaseView phase : phases) {
			for (GateDecisionView decision : phase.decisions()) {
				if (since == null || decision.decidedAt().isAfter(since)) {
					decisions.add(new Decision(phase, decision));
				}
			}
		}
		decisions.sort(Comparator.comparing(d -> d.decision().decidedAt()));
		return decisions;
	}

	/** A gate decision with the phase it decided. */
	public record Decision(PhaseView phase, GateDecisionView decision) {
	}

}
