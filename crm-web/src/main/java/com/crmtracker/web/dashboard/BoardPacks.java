package com.crmtracker.web.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostKind;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.GateDecisionView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.chart.Charts;
import com.crmtracker.web.support.LanguageResolver;
import com.crmtracker.web.support.Numbers;
import com.crmtracker.web.support.Times;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The steering committee's board pack of a project as a PDF: cover, status summary,
 * timeline, cost and TCO, earned value, the business case, the scorecard with every KPI,
 * and the gate decisions of the pack, a page each, in the reader's language, its times in
 * the reader's zone. Reading a pack records nothing: the draft (the next pack) lists the
 * decisions since the last issued pack, an issued pack those between its predecessor and
 * itself. Issuing is the one write, by the project's director or a member of its
 * committee.
 */
@Service
@Transactional(readOnly = true)
public class BoardPacks {

	private final ProjectDashboard dashboard;

	private final Portfolio portfolio;

	private final BusinessCases businessCases;

	private final SpringTemplateEngine templates;

	private final PdfRenderer renderer;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Times times;

	/**
	 * The pages' way of writing numbers ({@code @num} there), given to the pack, which is
	 * rendered outside a request.
	 */
	private final Numbers numbers;

	BoardPacks(ProjectDashboard dashboard, Portfolio portfolio, BusinessCases businessCases,
			SpringTemplateEngine templates, PdfRenderer renderer, JdbcTemplate jdbc, Clock clock, Times times,
			Numbers numbers) {
		this.times = times;
		this.numbers = numbers;
		this.dashboard = dashboard;
		this.portfolio = portfolio;
		this.businessCases = businessCases;
		this.templates = templates;
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The pack as a PDF: the draft of the next pack when {@code number} is null, else the
	 * issued pack of that number ({@link NotFound} when there is none).
	 */
	public byte[] render(ProjectHandle project, String language, Integer number) {
		Locale locale = "zh-CN".equalsIgnoreCase(language) || "zh".equalsIgnoreCase(language) ? LanguageResolver.CHINESE
				: Locale.ENGLISH;
		LocalDate today = LocalDate.now(this.clock);
		IssuedPack issued = number == null ? null : issued(project, number)
			.orElseThrow(() -> new NotFound("No board pack " + number + " of project " + project.id()));
		IssuedPack previous = number == null ? last(project).orElse(null)
				: number == 1 ? null : issued(project, number - 1).orElse(null);
		Instant since = previous == null ? null : previous.issuedAt();
		Instant until = issued == null ? null : issued.issuedAt();
		ProjectDashboard.View view = this.dashboard.of(project, today, locale);
		Context context = new Context(locale);
		context.setVariable("view", view);
		context.setVariable("project", view.project());
		context.setVariable("row", this.portfolio.rowOf(project, today));
		context.setVariable("today", today);
		context.setVariable("issued", issued);
		context.setVariable("since", since);
		context.setVariable("times", this.times);
		context.setVariable("num", this.numbers);
		context.setVariable("zone", this.times.zone());
		context.setVariable("decisions", decisionsBetween(view.plan().phases(), since, until));
		BusinessCaseResult planned = this.businessCases.result(project, CostKind.PLANNED, null);
		BusinessCaseResult actual = this.businessCases.result(project, CostKind.ACTUAL, null);
		context.setVariable("planned", planned);
		context.setVariable("actual", actual);
		context.setVariable("cashFlow", Charts.cashFlow(planned, actual));
		return this.renderer.render(this.templates.process("boardpack/pack", context));
	}

	/**
	 * Issues the pack as it stands to the committee: the project's next number, now, by
	 * the actor. From then on the draft lists the decisions taken after it.
	 */
	@Transactional
	public IssuedPack issue(ProjectHandle project) {
		if (!project.may(ProjectRight.DECIDE_GATES) && !project.may(ProjectRight.EDIT_PLAN)) {
			throw new Forbidden("Only the project's director or a member of its steering committee may issue a pack");
		}
		Instant now = Instant.now(this.clock);
		try {
			Integer number = this.jdbc.queryForObject(
					"insert into board_pack_issue (project_id, number, issued_at, issued_by) "
							+ "select ?, coalesce(max(number), 0) + 1, ?, ? from board_pack_issue where project_id = ? "
							+ "returning number",
					Integer.class, project.value(), Timestamp.from(now), project.username(), project.value());
			return new IssuedPack(number, now, project.username());
		}
		catch (DuplicateKeyException race) {
			throw new Conflict("pack.issuedMeanwhile", "Someone issued a pack of this project at the same moment");
		}
	}

	/** The last pack issued, if any. */
	public Optional<IssuedPack> last(ProjectHandle project) {
		return this.jdbc
			.query("select number, issued_at, issued_by from board_pack_issue where project_id = ? "
					+ "order by number desc limit 1", (rs, n) -> pack(rs), project.value())
			.stream()
			.findFirst();
	}

	private Optional<IssuedPack> issued(ProjectHandle project, int number) {
		return this.jdbc
			.query("select number, issued_at, issued_by from board_pack_issue where project_id = ? and number = ?",
					(rs, n) -> pack(rs), project.value(), number)
			.stream()
			.findFirst();
	}

	private static IssuedPack pack(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new IssuedPack(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3));
	}

	/**
	 * The decisions after {@code since} (all when null) up to {@code until} (now when
	 * null).
	 */
	static List<Decision> decisionsBetween(List<PhaseView> phases, Instant since, Instant until) {
		List<Decision> decisions = new ArrayList<>();
		for (PhaseView phase : phases) {
			for (GateDecisionView decision : phase.decisions()) {
				if ((since == null || decision.decidedAt().isAfter(since))
						&& (until == null || !decision.decidedAt().isAfter(until))) {
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
