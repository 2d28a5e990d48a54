package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The return of five years of costs and benefits (DOMAIN.md §5).
 *
 * @param costs C_y for years 1..5
 * @param benefits B_y for years 1..5
 * @param netByYear N_y = B_y − C_y
 * @param cumulativeNet running sum of N_y
 * @param npv Σ N_y / (1 + r)^y, unrounded
 * @param roi (Σ B − Σ C) / Σ C; null when nothing is spent
 * @param paybackYears the fractional year the cumulative net turns ≥ 0; null when not
 * within five years
 */
public record BusinessCaseResult(BigDecimal rate, List<BigDecimal> costs, List<BigDecimal> benefits,
		List<BigDecimal> netByYear, List<BigDecimal> cumulativeNet, BigDecimal npv, BigDecimal roi,
		BigDecimal paybackYears) {
}
