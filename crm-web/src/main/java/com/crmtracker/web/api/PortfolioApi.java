package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.PhaseLine;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.web.dashboard.Mark;
import com.crmtracker.web.dashboard.Portfolio;
import com.crmtracker.web.dashboard.PortfolioRow;
import com.crmtracker.web.support.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portfolio: the rows and marks of the portfolio page, from the same facade and
 * rules, for the projects the caller may see.
 */
@Tag(name = "Portfolio", description = "Every visible project's plan, money and scorecard with their marks")
@JsonApi("/api/v1/portfolio")
class PortfolioApi {

	private final Portfolio portfolio;

	private final Clock clock;

	PortfolioApi(Portfolio portfolio, Clock clock) {
		this.portfolio = portfolio;
		this.clock = clock;
	}

	@Operation(summary = "The portfolio rows of the projects the caller may see, sorted and paged")
	@GetMapping
	PageJson<PortfolioRowJson> rows(Actor actor, @Parameter(description = "The column to sort by",
			schema = @Schema(implementation = Portfolio.Sort.class)) @RequestParam(defaultValue = "NAME") String sort,
			@Parameter(schema = @Schema(allowableValues = { "asc", "desc" })) @RequestParam(
					defaultValue = "asc") String dir,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		PageJson.check(page, size);
		return PageJson.of(this.portfolio
			.rows(actor, LocalDate.now(this.clock), Portfolio.Sort.parse(sort), "desc".equalsIgnoreCase(dir))
			.stream()
			.map(PortfolioRowJson::of)
			.toList(), page, size);
	}

	/**
	 * A project's row: amounts as strings, ratios as numbers (null where undefined), and
	 * the mark of each figure as the page shows it.
	 */
	record PortfolioRowJson(long id, String name, String organisation, String currency, ProjectStatus status,
			@Schema(nullable = true, description = "Null when the plan has no phase") CurrentPhaseJson currentPhase,
			int gatesAwaiting, Mark gatesMark, int overdue, long worstSlipDays, Mark overdueMark,
			@AmountText String actualToDate, @AmountText String plannedToDate,
			@Schema(nullable = true, description = "actual / planned to date") BigDecimal costRatio, Mark costMark,
			@AmountText String forecastTco, @AmountText String plannedTco,
			@Schema(nullable = true, description = "forecast / planned five-year TCO") BigDecimal tcoRatio,
			Mark tcoMark, @Schema(nullable = true) BigDecimal cpi, Mark cpiMark,
			@Schema(nullable = true) BigDecimal spi, Mark spiMark, @Schema(nullable = true) BigDecimal score,
			Mark scoreMark, Mark overallMark) {

		static PortfolioRowJson of(PortfolioRow r) {
			PhaseLine phase = r.currentPhase();
			return new PortfolioRowJson(r.project().id(), r.project().name(), r.project().organisation(),
					r.project().currency(), r.project().status(),
					phase == null ? null
							: new CurrentPhaseJson(phase.number(), phase.name(Locale.ENGLISH), phase.nameZh(),
									phase.status(), CostingApi.ratio(phase.progress())),
					r.gatesAwaiting(), r.gatesMark(), r.overdue(), r.worstSlipDays(), r.overdueMark(),
					CostingApi.amount(r.cost().actualToDate()), CostingApi.amount(r.cost().plannedToDate()),
					CostingApi.ratio(r.cost().costRatio()), r.costMark(), CostingApi.amount(r.cost().forecastTco()),
					CostingApi.amount(r.cost().plannedTco()), CostingApi.ratio(r.cost().tcoRatio()), r.tcoMark(),
					CostingApi.ratio(r.cost().earnedValue().cpi()), r.cpiMark(),
					CostingApi.ratio(r.cost().earnedValue().spi()), r.spiMark(),
					CostingApi.ratio(r.scorecard().overall()), r.scoreMark(), r.overallMark());
		}

	}

	record CurrentPhaseJson(int number, String name, @Schema(nullable = true) String nameZh,
			com.crmtracker.project.PhaseStatus status, BigDecimal progress) {
	}

}
