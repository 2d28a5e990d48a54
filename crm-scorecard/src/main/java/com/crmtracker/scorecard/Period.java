package com.crmtracker.scorecard;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measurement period: a month written {@code 2026-09} or a quarter written
 * {@code 2026-Q3}.
 */
public record Period(PeriodType type, int year, int number) implements Comparable<Period> {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	public Period {
		Objects.requireNonNull(type, "type");
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("A period's year is between 1990 and 2100: " + year);
		}
		int last = type == PeriodType.MONTH ? 12 : 4;
		if (number < 1 || number > last) {
			throw new IllegalArgumentException("No " + type + " " + number);
		}
	}

	public static Period month(int year, int month) {
		return new Period(PeriodType.MONTH, year, month);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(PeriodType.QUARTER, year, quarter);
	}

	/**
	 * Reads {@code 2026-09} or {@code 2026-Q3}; empty for anything else, e.g.
	 * {@code 2026-13}.
	 */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim().toUpperCase(java.util.Locale.ROOT);
		try {
			Matcher month = MONTH.matcher(trimmed);
			if (month.matches()) {
				return Optional.of(month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
			}
			Matcher quarter = QUARTER.matcher(trimmed);
			if (quarter.matches()) {
				return Optional.of(quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The period just before this one: 2026-01 follows 2025-12, 2026-Q1 follows 2025-Q4.
	 */
	public Period previous() {
		int last = this.type == PeriodType.MONTH ? 12 : 4;
		return this.number == 1 ? new Period(this.type, this.year - 1, last)
				: new Period(this.type, this.year, this.number - 1);
	}

	public Period next() {
		int last = this.type == PeriodType.MONTH ? 12 : 4;
		return this.number == last ? new Period(this.type, this.year + 1, 1)
				: new Period(this.type, this.year, this.number + 1);
	}

	@Override
	public int compareTo(Period other) {
		if (this.type != other.type) {
			return this.type.compareTo(other.type);
		}
		return this.year != other.year ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

	@Override
	public String toString() {
		return this.type == PeriodType.MONTH ? String.format("%04d-%02d", this.year, this.number)
				: String.format("%04d-Q%d", this.year, this.number);
	}

}
