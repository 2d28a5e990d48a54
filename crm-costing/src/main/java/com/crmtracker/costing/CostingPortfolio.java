package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.rules.EarnedValueCalculator;
import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.ProjectHandle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of many projects at once, for the portfolio, in three statements however many
 * projects there are, from the summaries the writes keep (never summing a ledger), a few
 * dozen rows a project however long its ledger: the five-year totals from the year
 * summary, phase budgets and cost to date from the same {@link CostSummary} sums as
 * earned value. Every figure is the one the project's own pages show
 * ({@code PortfolioAgreesWithTheProjectPagesTest}).
 */
@Service
@Transactional(readOnly = true)
public class CostingPortfolio {

	private final CostSummary summary;

	CostingPortfolio(CostSummary summary) {
		this.summary = summary;
	}

	/**
	 * @param projects the projects, opened for the reader
	 * @param phases the phases of each project, for earned value
	 * @param today the day the status is for
	 */
	public Map<Long, CostStatus> statusOf(List<ProjectHandle> projects, Map<Long, List<PhaseSchedule>> phases,
			LocalDate today) {
		Map<Long, TcoYears> years = new HashMap<>();
		for (ProjectHandle project : projects) {
			years.put(project.value(), CostLedger.years(project));
		}
		Map<Long, CostSummary.FiveYears> tco = this.summary.fiveYears(years);
		Map<Long, CostSummary.ToDate> toDate = this.summary.toDate(years, today);
		Map<Long, Map<Integer, BigDecimal>> budgets = this.summary.phaseBudgets(years);
		Map<Long, CostStatus> statuses = new HashMap<>();
		for (ProjectHandle project : projects) {
			long id = project.value();
			CostSummary.ToDate spent = toDate.get(id);
			EarnedValueResult ev = EarnedValueCalculator.at(today, phases.getOrDefault(id, List.of()), budgets.get(id),
					spent.actualDevelopment());
			statuses.put(id, new CostStatus(id, project.currency(), spent.planned(), spent.actual(),
					tco.get(id).planned(), forecast(tco.get(id), spent), ev));
		}
		return statuses;
	}

	/**
	 * Actual cost within the five years, plus the planned cost still to come within them,
	 * plus what was planned to date but not yet booked: a plan is assumed spent until the
	 * actuals say otherwise.
	 */
	static BigDecimal forecast(CostSummary.FiveYears tco, CostSummary.ToDate spent) {
		BigDecimal plannedToCome = tco.planned().subtract(spent.plannedInHorizon());
		return tco.actual().add(plannedToCome).add(spent.planned().subtract(spent.actual()).max(BigDecimal.ZERO));
	}

}
