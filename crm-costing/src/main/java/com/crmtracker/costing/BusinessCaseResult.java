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
 * @param roi (Σ B − Σ C) / Σ C; null when nothing is spent, or when the realised case has
 * no actual cost or no actual benefit ({@code unavailable})
 * @param paybackYears the fractional year the cumulative net turns ≥ 0; null when not
 * within five years, or when the realised case has no actual cost or no actual benefit
 * @param unavailable why the realised case has no ROI and no payback; null when it has
 * them, and always null for the plan
 */
public record BusinessCaseResult(BigDecimal rate, List<BigDecimal> costs, List<BigDecimal> benefits,
		List<BigDecimal> netByYear, List<BigDecimal> cumulativeNet, BigDecimal npv, BigDecimal roi,
		BigDecimal paybackYears, Unavailable unavailable) {

	/** Why a realised case has no return to show; {@code message} is the API's text. */
	public enum Unavailable {

		NO_ACTUALS("No actual cost and no actual benefit are booked yet"),
		NO_ACTUAL_COST("No actual cost is booked yet"), NO_ACTUAL_BENEFIT("No actual benefit is booked yet");

		private final String message;

		Unavailable(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}

	}

}
