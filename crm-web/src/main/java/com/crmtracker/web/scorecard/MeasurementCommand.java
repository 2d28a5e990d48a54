package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.MeasurementInput;

/**
 * A period's entry of a KPI ({@code 2026-09} or {@code 2026-Q3}, read by the module's
 * {@code Period}); which numbers it needs depends on the KPI's measure type.
 */
public record MeasurementCommand(String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		BigDecimal amount) {

	static MeasurementCommand of(String period) {
		return new MeasurementCommand(period, null, null, null, null);
	}

	MeasurementInput input() {
		return new MeasurementInput(this.period, this.value, this.numerator, this.denominator, this.amount);
	}

}
