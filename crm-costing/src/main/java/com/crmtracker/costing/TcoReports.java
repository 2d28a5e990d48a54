package com.crmtracker.costing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.costing.rules.TcoCalculator;
import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.project.ProjectHandle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-year TCO of a project, summed by the database and judged by
 * {@link TcoCalculator}.
 */
@Service
@Transactional(readOnly = true)
public class TcoReports {

	private final CostStore store;

	private final Clock clock;

	TcoReports(CostStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public TcoReport report(ProjectHandle project) {
		return TcoCalculator.calculate(project.currency(),
				this.store.tcoSums(project.value(), CostLedger.years(project)));
	}

	/**
	 * The variance as of today: to date (planned lines dated on or before today, no
	 * variance in a year not begun) and against the five-year plan.
	 */
	public TcoVariance variance(ProjectHandle project) {
		return withVariance(project).variance();
	}

	/**
	 * The TCO and its variance from one read of the summary (the TCO page and the API
	 * show both).
	 */
	public TcoWithVariance withVariance(ProjectHandle project) {
		TcoYears years = CostLedger.years(project);
		LocalDate today = LocalDate.now(this.clock);
		List<CostSum> sums = this.store.tcoSums(project.value(), years);
		return new TcoWithVariance(TcoCalculator.calculate(project.currency(), sums),
				TcoCalculator.variance(sums, this.store.tcoSumsUpTo(project.value(), years, today), years, today));
	}

	/** The TCO and its variance, read together. */
	public record TcoWithVariance(TcoReport report, TcoVariance variance) {
	}

	/** The first lines dated after year 5, which the TCO lists apart. */
	public List<CostLineView> outsideHorizon(ProjectHandle project, int limit) {
		return this.store.outsideHorizon(project.value(), CostLedger.years(project), limit);
	}

}
