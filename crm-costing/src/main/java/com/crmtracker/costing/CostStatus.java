package com.crmtracker.costing;

import java.math.BigDecimal;

/**
 * Where a project's money stands on a day, for the portfolio.
 *
 * @param plannedToDate planned cost dated on or before the day
 * @param actualToDate actual cost dated on or before the day
 * @param plannedTco the planned five-year TCO
 * @param forecastTco actual cost so far plus the planned cost still to come within the
 * five years
 * @param earnedValue earned value on the day (indices null where undefined)
 */
public record CostStatus(long projectId, String currency, BigDecimal plannedToDate, BigDecimal actualToDate,
		BigDecimal plannedTco, BigDecimal forecastTco, EarnedValueResult earnedValue) {

	/** actual / planned to date, or null when nothing was planned yet. */
	public BigDecimal costRatio() {
		return this.plannedToDate.signum() == 0 ? null
				: this.actualToDate.divide(this.plannedToDate, java.math.MathContext.DECIMAL64);
	}

	/** forecast / planned five-year TCO, or null when nothing is planned. */
	public BigDecimal tcoRatio() {
		return this.plannedTco.signum() == 0 ? null
				: this.forecastTco.divide(this.plannedTco, java.math.MathContext.DECIMAL64);
	}

}
