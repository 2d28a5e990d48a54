package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.scorecard.Perspective;

/**
 * The roll-up of the scorecard (DOMAIN.md §7): a perspective's score is the weighted mean
 * of its KPIs' latest scores, the overall score the perspective-weighted sum of
 * perspective scores. What has no score is left out and the remaining weights are
 * rescaled.
 */
public final class BalancedScorecard {

	private BalancedScorecard() {
	}

	/**
	 * A KPI's weight within its perspective and its latest score (null when none yet).
	 */
	public record WeightedScore(BigDecimal weight, BigDecimal score) {
	}

	/**
	 * @param overall the overall score, null when no perspective has a score
	 * @param leftOut the perspectives without a score, left out of the overall
	 */
	public record Overall(BigDecimal overall, List<Perspective> leftOut) {
	}

	/**
	 * The weighted mean of the scores present; null when none is present or their weights
	 * sum to 0.
	 */
	public static BigDecimal weightedMean(Collection<WeightedScore> scores) {
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		for (WeightedScore s : scores) {
			if (s.score() != null) {
				weights = weights.add(s.weight());
				sum = sum.add(s.weight().multiply(s.score(), KpiScoring.MATH));
			}
		}
		return weights.signum() == 0 ? null : sum.divide(weights, KpiScoring.MATH);
	}

	/**
	 * Σ perspective weight × perspective score over the perspectives with a score, the
	 * weights rescaled to sum to 1 over those.
	 */
	public static Overall overall(Map<Perspective, BigDecimal> weights, Map<Perspective, BigDecimal> scores) {
		Map<Perspective, WeightedScore> present = new EnumMap<>(Perspective.class);
		List<Perspective> leftOut = new ArrayList<>();
		for (Perspective p : Perspective.values()) {
			BigDecimal score = scores.get(p);
			if (score == null) {
				leftOut.add(p);
			}
			else {
				present.put(p, new WeightedScore(weights.getOrDefault(p, BigDecimal.ZERO), score));
			}
		}
		return new Overall(weightedMean(present.values()), List.copyOf(leftOut));
	}

}
