package com.crmtracker.scorecard;

import java.math.BigDecimal;

/** A KPI on the scorecard with its latest measured period, value and score. */
public record KpiLine(KpiView kpi, String latestPeriod, BigDecimal value, BigDecimal score, ScoreStatus status) {
}
