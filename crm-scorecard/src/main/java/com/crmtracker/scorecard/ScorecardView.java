package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's balanced scorecard.
 *
 * @param overall the overall score, null when no perspective has a score
 * @param leftOut the perspectives without a score, left out of the overall
 * @param settingsVersion the version of the weights and thresholds
 */
public record ScorecardView(long projectId, BigDecimal overall, ScoreStatus status, List<PerspectiveView> perspectives,
		List<Perspective> leftOut, Thresholds thresholds, long settingsVersion) {

	public PerspectiveView perspective(Perspective perspective) {
		return this.perspectives.stream().filter(p -> p.perspective() == perspective).findFirst().orElseThrow();
	}

}
