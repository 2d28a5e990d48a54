package com.crmtracker.costing.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The five-year horizon of a project: TCO year of a date = 1 + whole years since the
 * project start (the start is day one of year 1); dates before the start count in year 1,
 * dates after year 5 are outside (year 6 here).
 */
public record TcoYears(LocalDate start) {

	/** The number of years of the TCO horizon. */
	public static final int HORIZON = 5;

	/** The year number standing for "after the horizon". */
	public static final int OUTSIDE = HORIZON + 1;

	public TcoYears {
		java.util.Objects.requireNonNull(start, "start");
	}

	/** The TCO year of a date: 1..5, or 6 after year 5. */
	public int yearOf(LocalDate date) {
		if (date.isBefore(this.start)) {
			return 1;
		}
		long whole = ChronoUnit.YEARS.between(this.start, date);
		return (int) Math.min(OUTSIDE, whole + 1);
	}

	/**
	 * The first day of a TCO year (1..6; 6 is the first day after the horizon). A start
	 * on 29 February has its anniversaries on 1 March, the first day a whole year has
	 * passed.
	 */
	public LocalDate firstDayOf(int year) {
		if (year < 1 || year > OUTSIDE) {
			throw new IllegalArgumentException("A TCO year is 1.." + OUTSIDE + ": " + year);
		}
		LocalDate anniversary = this.start.plusYears(year - 1);
		if (ChronoUnit.YEARS.between(this.start, anniversary) < year - 1) {
			anniversary = anniversary.plusDays(1);
		}
		return anniversary;
	}

}
