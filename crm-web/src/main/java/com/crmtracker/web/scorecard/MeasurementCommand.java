package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.web.support.Figure;

/**
 * A period's entry of a KPI ({@code 2026-09} or {@code 2026-Q3}, read by the module's
 * {@code Period}); which numbers it needs depends on the KPI's measure type. A value of a
 * KPI counted in % may be typed with its sign.
 */
public record MeasurementCommand(String period, Figure value, BigDecimal numerator, BigDecimal denominator,
		BigDecimal amount) {

	static MeasurementCommand of(String period) {
		return new MeasurementCommand(period, null, null, null, null);
	}

	MeasurementInput input() {
		return new MeasurementInput(this.period, Figure.value(this.value), this.numerator, this.denominator,
				this.amount);
	}

}
