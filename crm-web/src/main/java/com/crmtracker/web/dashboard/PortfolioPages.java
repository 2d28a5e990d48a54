package com.crmtracker.web.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portfolio: the home page of steering members and admins, and its exports. */
@Controller
class PortfolioPages {

	private final Portfolio portfolio;

	private final PortfolioExport export;

	private final Clock clock;

	PortfolioPages(Portfolio portfolio, PortfolioExport export, Clock clock) {
		this.clock = clock;
		this.portfolio = portfolio;
		this.export = export;
	}

	/**
	 * The home page of the user's role: the portfolio for steering members and admins.
	 */
	@GetMapping("/")
	String home(Actor actor, Locale locale, Model model) {
		if (actor.has(Role.STEERING) || actor.has(Role.ADMIN)) {
			return portfolio(actor, "name", "asc", locale, model);
		}
		return "redirect:/projects";
	}

	@GetMapping("/portfolio")
	String portfolio(Actor actor, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, Locale locale, Model model) {
		Portfolio.Sort by = Portfolio.Sort.parse(sort);
		boolean descending = "desc".equalsIgnoreCase(dir);
		model.addAttribute("rows",
				this.portfolio.rows(actor, LocalDate.now(this.clock), by, descending)
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
