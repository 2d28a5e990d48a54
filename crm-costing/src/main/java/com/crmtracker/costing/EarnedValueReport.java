package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.crmtracker.project.PhaseSchedule;

/**
 * Earned value of a project as a page shows it: the figures at the as-of date, the phases
 * and budgets they come from, and the S-curve.
 *
 * @param result PV, EV, AC and their indices at the as-of date
 * @param phases the phases of the plan
 * @param budgets planned DEVELOPMENT cost by phase number
 * @param curve PV, EV and AC by month
 */
public record EarnedValueReport(EarnedValueResult result, List<PhaseSchedule> phases, Map<Integer, BigDecimal> budgets,
		List<EarnedValuePoint> curve) {
}
