package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;

/** A perspective of the scorecard: its weight, score (null when none) and KPIs. */
public record PerspectiveView(Perspective perspective, BigDecimal weight, BigDecimal score, ScoreStatus status,
		List<KpiLine> kpis) {
}
