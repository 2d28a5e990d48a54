package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A KPI's entry of a period with its computed value and score (both null when there is
 * none, e.g. a growth KPI's first period).
 */
public record MeasurementView(long kpiId, String period, MeasurementInput input, BigDecimal value, BigDecimal score,
		ScoreStatus status, String enteredBy, Instant enteredAt, Instant supersededAt) {

	public boolean current() {
		return this.supersededAt == null;
	}

}
