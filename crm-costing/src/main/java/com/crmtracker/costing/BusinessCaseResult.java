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
 * @param discountedNet D_y = N_y / (1 + r)^y
 * @param npv Σ N_y / (1 + r)^y, unrounded
 * @param roi (Σ B − Σ C) / Σ C; null when nothing is spent, or when the realised case has
 * no actual cost or no actual benefit ({@code unavailable})
 * @param paybackYears the fractional year after which the cumulative net stays ≥ 0; null
 * when there is none ({@code paybackMissing} says why)
 * @param discountedPaybackYears the same with the discounted nets; null when there is
 * none ({@code discountedPaybackMissing} says why)
 * @param irr the rate at which the NPV of the nets is 0; null when there is none
 * ({@code irrMissing} says why)
 * @param crmUsers the number of CRM users the project is for; null when not set
 * @param tcoPerUser Σ C / the number of CRM users (for the plan: the planned five-year
 * TCO per user); null without a number of users
 * @param unavailable why the realised case has no ROI, payback and IRR; null when it has
 * them, and always null for the plan
 */
public record BusinessCaseResult(BigDecimal rate, List<BigDecimal> costs, List<BigDecimal> benefits,
		List<BigDecimal> netByYear, List<BigDecimal> cumulativeNet, List<BigDecimal> discountedNet, BigDecimal npv,
		BigDecimal roi, BigDecimal paybackYears, Missing paybackMissing, BigDecimal discountedPaybackYears,
		Missing discountedPaybackMissing, BigDecimal irr, Missing irrMissing, Integer crmUsers, BigDecimal tcoPerUser,
		Unavailable unavailable) {

	/** The cumulative discounted net, year by year. */
	public List<BigDecimal> cumulativeDiscountedNet() {
		List<BigDecimal> running = new java.util.ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal d : this.discountedNet) {
			sum = sum.add(d);
			running.add(sum);
		}
		return running;
	}

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

	/** Why a payback or an IRR has no value; {@code message} is the API's text. */
	public enum Missing {

		/** Nothing is planned (or booked): every net is 0. */
		NOTHING_BOOKED("Every yearly net is 0: there is nothing to pay back"),
		/** The cumulative net is still negative at the end of year 5. */
		NOT_WITHIN_HORIZON("Not paid back within five years"),
		/** The nets are all of one sign: no rate makes the NPV 0. */
		NO_SIGN_CHANGE("The yearly nets never change sign: no rate makes the NPV 0"),
		/** The nets change sign more than once: the NPV may be 0 at several rates. */
		SEVERAL_SIGN_CHANGES("The yearly nets change sign more than once: the IRR is not unique"),
		/** The NPV is 0 only at a rate below −99.9999% or above 10⁶. */
		OUT_OF_RANGE("The IRR lies outside −99.9999% to 1,000,000%"),
		/** The realised case lacks actual costs or benefits ({@code unavailable}). */
		NO_ACTUALS("The realised case has no actual cost or no actual benefit yet");

		private final String message;

		Missing(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}

	}

}
