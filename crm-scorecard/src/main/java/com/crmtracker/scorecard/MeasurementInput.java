package com.crmtracker.scorecard;

import java.math.BigDecimal;

/**
 * A period's entry for a KPI: {@code value} for a direct KPI, {@code numerator} and
 * {@code denominator} for a ratio, {@code amount} for a growth KPI.
 */
public record MeasurementInput(String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		BigDecimal amount) {
}
