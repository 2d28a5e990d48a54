package com.crmtracker.web.support;

import java.math.BigDecimal;

import com.crmtracker.domain.Values;

/**
 * A form field shown and typed as a percentage ("8", "8%", "8.5 %", "８％", read by
 * {@link Values#percent}), whatever the module keeps: a fraction (the discount rate,
 * 0.08) or percentage points (an allocation, a recurring rule's share, 20). The form
 * shows it as it takes it, so that an unchanged form saves as it was.
 */
public record Percent(BigDecimal fraction) {

	public static Percent ofFraction(BigDecimal fraction) {
		return fraction == null ? null : new Percent(fraction);
	}

	public static Percent ofPoints(BigDecimal points) {
		return points == null ? null : new Percent(points.movePointLeft(2));
	}

	/** The fraction, or null for an empty field. */
	public static BigDecimal fraction(Percent percent) {
		return percent == null ? null : percent.fraction();
	}

	/**
	 * The percentage points without trailing zeros (8 for 8 %, 8.5 for 8.50 %), or null
	 * for an empty field.
	 */
	public static BigDecimal points(Percent percent) {
		if (percent == null) {
			return null;
		}
		BigDecimal points = percent.fraction().movePointRight(2).stripTrailingZeros();
		return points.scale() < 0 ? points.setScale(0) : points;
	}

	/** As the field shows it and takes it: the points, 8.5 for 0.085. */
	@Override
	public String toString() {
		return points(this).toPlainString();
	}

}
