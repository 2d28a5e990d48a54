package com.crmtracker.web.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.OwnedDeliverable;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page of each role (the portfolio for steering members and admins, "my work"
 * for directors and team members), the portfolio and its exports.
 */
@Controller
class PortfolioPages {

	private final Portfolio portfolio;

	private final PortfolioExport export;

	private final ProjectPlans plans;

	private final ProjectAccess access;

	private final Clock clock;

	PortfolioPages(Portfolio portfolio, PortfolioExport export, ProjectPlans plans, ProjectAccess access, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.clock = clock;
		this.portfolio = portfolio;
		this.export = export;
	}

	/**
	 * The home page of the user's role: the portfolio for steering members and admins
	 * (with the open deliverables they own above it, when they own any); for everyone
	 * else the open deliverables they own and the projects they may see. The projects are
	 * opened once for both.
	 */
	@GetMapping("/")
	String home(Actor actor, Locale locale, Model model) {
		ProjectAccess.Work work = this.access.openWork(actor);
		List<ProjectHandle> visible = work.visible();
		List<OwnedDeliverable> mine = this.plans.openDeliverablesOwned(work);
		model.addAttribute("mine", mine);
		if (actor.has(Role.STEERING) || actor.has(Role.ADMIN)) {
			return portfolio(visible, "name", "asc", locale, model);
		}
		model.addAttribute("projects", visible.stream().map(ProjectHandle::project).toList());
		model.addAttribute("mayCreate", actor.has(Role.DIRECTOR));
		return "home/home";
	}

	@GetMapping("/portfolio")
	String portfolio(Actor actor, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, Locale locale, Model model) {
		return portfolio(this.access.openVisible(actor), sort, dir, locale, model);
	}

	private String portfolio(List<ProjectHandle> visible, String sort, String dir, Locale locale, Model model) {
		Portfolio.Sort by = Portfolio.Sort.parse(sort);
		boolean descending = "desc".equalsIgnoreCase(dir);
		model.addAttribute("rows",
				this.portfolio.rows(visible, LocalDate.now(this.clock), by, descending)
					.stream()
					.map(row -> PortfolioLine.of(row, locale))
					.toList());
		model.addAttribute("sort", by.name().toLowerCase(Locale.ROOT));
		model.addAttribute("dir", descending ? "desc" : "asc");
		return "dashboard/portfolio";
	}

	@GetMapping("/portfolio/export")
	void export(Actor actor, @RequestParam(defaultValue = "csv") String format, Locale locale,
			HttpServletResponse response) throws IOException {
		var rows = this.portfolio.rows(actor, LocalDate.now(this.clock), Portfolio.Sort.NAME, false);
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		String file = "portfolio-" + LocalDate.now(this.clock) + (xlsx ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file).build().toString());
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			this.export.xlsx(rows, locale, response.getOutputStream());
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			this.export.csv(rows, locale, response.getOutputStream());
		}
	}

}
