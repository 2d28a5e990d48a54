package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, the ends on
 * whole steps, so 0 is a tick whenever the range spans it. Tick values are exact decimals
 * so that labels read 0.6, not 0.6000000000000001.
 */
public record Axis(BigDecimal min, BigDecimal max, BigDecimal step) {

	/** About this many steps between the lowest and the highest tick. */
	static final int STEPS = 5;

	/** The axis covering min..max; a range of nothing becomes 0..1 around it. */
	public static Axis covering(double min, double max) {
		double low = Math.min(min, max);
		double high = Math.max(min, max);
		if (high - low <= 0 || !Double.isFinite(high - low)) {
			low = Math.floor(low);
			high = low + 1;
		}
		BigDecimal step = niceStep((high - low) / STEPS);
		BigDecimal from = BigDecimal.valueOf(low).divide(step, 0, RoundingMode.FLOOR).multiply(step);
		BigDecimal to = BigDecimal.valueOf(high).divide(step, 0, RoundingMode.CEILING).multiply(step);
		return new Axis(from.stripTrailingZeros(), to.stripTrailingZeros(), step);
	}

	/** The axis from zero (or below, for negatives) to the values. */
	public static Axis fromZero(double min, double max) {
		return covering(Math.min(0, min), Math.max(0, max));
	}

	/** 1, 2 or 5 × 10^n, the smallest at or above the raw step. */
	static BigDecimal niceStep(double raw) {
		int exponent = (int) Math.floor(Math.log10(raw));
		BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
		double fraction = raw / Math.pow(10, exponent);
		int nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
		return magnitude.multiply(BigDecimal.valueOf(nice)).stripTrailingZeros();
	}

	public List<BigDecimal> ticks() {
		List<BigDecimal> ticks = new ArrayList<>();
		for (BigDecimal v = this.min; v.compareTo(this.max) <= 0; v = v.add(this.step)) {
			ticks.add(v);
		}
		return ticks;
	}

	public boolean spansZero() {
		return this.min.signum() < 0 && this.max.signum() > 0;
	}

	/** Where a value lies between the ends: 0 at min, 1 at max. */
	public double fraction(double value) {
		double span = this.max.doubleValue() - this.min.doubleValue();
		return (value - this.min.doubleValue()) / span;
	}

	/**
	 * A tick's label, short and the same in every language: 2,500,000 → 2.5M, 500,000 →
	 * 500k, 0.2 → 0.2, −300,000 → -300k.
	 */
	public static String label(BigDecimal value) {
		BigDecimal magnitude = value.abs();
		String sign = value.signum() < 0 ? "-" : "";
		if (magnitude.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
			return sign + plain(magnitude.movePointLeft(6)) + "M";
		}
		if (magnitude.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
			return sign + plain(magnitude.movePointLeft(3)) + "k";
		}
		return sign + plain(magnitude);
	}

	private static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	public List<String> labels() {
		return ticks().stream().map(Axis::label).toList();
	}

}
