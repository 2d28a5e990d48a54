package com.crmtracker.web.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * How the pages, the charts and the board pack write a number, in one place ({@code @num}
 * in the templates): an amount grouped by thousands with two decimals (1,234,567.89), a
 * ratio or score with a fixed number of decimals (1.05), a share as a percentage (12.5).
 * The same in both languages (a point for decimals, a comma between thousands), rounded
 * half to even, and never "-0.00". Written from the number's decimal digits: a
 * {@code DecimalFormat} per figure cost a page of a hundred figures more than its
 * queries. A null (or a double that is no number) is shown as nothing.
 */
@Component("num")
public class Numbers {

	/** An amount of money: 1,234,567.89. */
	public String money(Number value) {
		return grouped(value, 2);
	}

	/** A number with {@code digits} decimals and no grouping: 1.05. */
	public String fixed(Number value, int digits) {
		return plain(value, digits);
	}

	/** {@link #fixed}, for Java code that renders outside a template. */
	public static String plain(Number value, int digits) {
		BigDecimal decimal = decimal(value);
		return decimal == null ? null : rounded(decimal, digits).toPlainString();
	}

	/**
	 * A share (0.125) as a percentage without its sign, with {@code digits} decimals:
	 * 12.5.
	 */
	public String percent(Number share, int digits) {
		BigDecimal decimal = decimal(share);
		return decimal == null ? null : rounded(decimal.movePointRight(2), digits).toPlainString();
	}

	/** A number grouped by thousands with {@code digits} decimals: 1,234,567.89. */
	public static String grouped(Number value, int digits) {
		BigDecimal decimal = decimal(value);
		if (decimal == null) {
			return null;
		}
		String plain = rounded(decimal, digits).toPlainString();
		int start = plain.startsWith("-") ? 1 : 0;
		int point = plain.indexOf('.');
		int end = point < 0 ? plain.length() : point;
		StringBuilder text = new StringBuilder(plain.length() + (end - start) / 3);
		text.append(plain, 0, start);
		for (int i = start; i < end; i++) {
			if (i > start && (end - i) % 3 == 0) {
				text.append(',');
			}
			text.append(plain.charAt(i));
		}
		return text.append(plain, end, plain.length()).toString();
	}

	private static BigDecimal rounded(BigDecimal value, int digits) {
		BigDecimal scaled = value.setScale(digits, RoundingMode.HALF_EVEN);
		return scaled.signum() == 0 ? scaled.abs() : scaled;
	}

	private static BigDecimal decimal(Number value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Double || value instanceof Float) {
			double d = value.doubleValue();
			return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
		}
		return BigDecimal.valueOf(value.longValue());
	}

}
