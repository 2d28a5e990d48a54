package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where green and amber begin: green when score ≥ green, amber when ≥ amber, else red.
 */
public record Thresholds(BigDecimal green, BigDecimal amber) {

	public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("0.8"), new BigDecimal("0.5"));

	public Thresholds {
		Objects.requireNonNull(green, "green");
		Objects.requireNonNull(amber, "amber");
	}

	/** The status of a score, or null when there is no score. */
	public ScoreStatus status(BigDecimal score) {
		if (score == null) {
			return null;
		}
		if (score.compareTo(this.green) >= 0) {
			return ScoreStatus.GREEN;
		}
		return score.compareTo(this.amber) >= 0 ? ScoreStatus.AMBER : ScoreStatus.RED;
	}

}
