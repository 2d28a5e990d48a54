package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.math.MathContext;

import com.crmtracker.scorecard.Direction;

/**
 * The value and the score of a KPI measurement (DOMAIN.md §7). Plain arithmetic in
 * {@link BigDecimal} with 16 significant digits; nothing is rounded here.
 */
public final class KpiScoring {

	/** The precision of every ratio of the scorecard. */
	public static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private KpiScoring() {
	}

	/** A ratio KPI's value: numerator / denominator × scale; the denominator is not 0. */
	public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal scale) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("A ratio's denominator must not be 0");
		}
		return numerator.divide(denominator, MATH).multiply(scale, MATH);
	}

	/**
	 * A growth KPI's value: (this − previous) / previous × 100; null without a previous
	 * amount or when it is 0 (growth from nothing has no rate).
	 */
	public static BigDecimal growth(BigDecimal previous, BigDecimal current) {
		if (previous == null || previous.signum() == 0) {
			return null;
		}
		return current.subtract(previous).divide(previous, MATH).multiply(HUNDRED, MATH);
	}

	/**
	 * The score of a value a against baseline b and target t, clamped to [0, 1]: higher
	 * is better (a − b) / (t − b), lower is better (b − a) / (b − t).
	 */
	public static BigDecimal score(BigDecimal value, BigDecimal baseline, BigDecimal target, Direction direction) {
		if (target.compareTo(baseline) == 0) {
			throw new ArithmeticException("A KPI's target must differ from its baseline");
		}
		BigDecimal raw = direction == Direction.HIGHER_IS_BETTER
				? value.subtract(baseline).divide(target.subtract(baseline), MATH)
				: baseline.subtract(value).divide(baseline.subtract(target), MATH);
		return clamp(raw);
	}

	static BigDecimal clamp(BigDecimal raw) {
		if (raw.signum() < 0) {
			return BigDecimal.ZERO;
		}
		return raw.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : raw;
	}

}
