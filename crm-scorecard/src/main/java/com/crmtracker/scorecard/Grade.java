package com.crmtracker.scorecard;

import java.math.BigDecimal;

/** The grades of a qualitative indicator, V = (优, 良, 中, 差), with their scores. */
public enum Grade {

	EXCELLENT(100), GOOD(80), FAIR(60), POOR(40);

	private final BigDecimal points;

	Grade(int points) {
		this.points = BigDecimal.valueOf(points);
	}

	public BigDecimal points() {
		return this.points;
	}

	/**
	 * The grade of a quantitative KPI's score s: excellent when s ≥ 0.9, good when s ≥
	 * 0.75, fair when s ≥ 0.5, poor below.
	 */
	public static Grade ofScore(BigDecimal score) {
		if (score.compareTo(new BigDecimal("0.9")) >= 0) {
			return EXCELLENT;
		}
		if (score.compareTo(new BigDecimal("0.75")) >= 0) {
			return GOOD;
		}
		return score.compareTo(new BigDecimal("0.5")) >= 0 ? FAIR : POOR;
	}

}
