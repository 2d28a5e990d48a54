package com.crmtracker.costing.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TcoYearsTest {

	private final TcoYears years = new TcoYears(LocalDate.of(2024, 3, 15));

	@Test
	void tcoYearCountsTheStartDateAsDayOneOfYearOne() {
		assertThat(this.years.yearOf(LocalDate.of(2024, 3, 15))).isEqualTo(1);
	}

	@Test
	void theDayBeforeAnAnniversaryIsStillTheOldYear() {
		assertThat(this.years.yearOf(LocalDate.of(2025, 3, 14))).isEqualTo(1);
		assertThat(this.years.yearOf(LocalDate.of(2029, 3, 14))).isEqualTo(5);
	}

	@Test
	void theAnniversaryStartsTheNextYear() {
		assertThat(this.years.yearOf(LocalDate.of(2025, 3, 15))).isEqualTo(2);
		assertThat(this.years.yearOf(LocalDate.of(2028, 3, 15))).isEqualTo(5);
	}

	@Test
	void linesBeforeTheStartCountInYearOne() {
		assertThat(this.years.yearOf(LocalDate.of(2024, 3, 14))).isEqualTo(1);
		assertThat(this.years.yearOf(LocalDate.of(1990, 1, 1))).isEqualTo(1);
	}

	@Test
	void linesAfterYearFiveAreOutsideTheHorizon() {
		// year 5 ends on 2029-03-14; the fifth anniversary opens "year 6"
		assertThat(this.years.yearOf(LocalDate.of(2029, 3, 15))).isEqualTo(TcoYears.OUTSIDE);
		assertThat(this.years.yearOf(LocalDate.of(2100, 12, 31))).isEqualTo(TcoYears.OUTSIDE);
	}

	@Test
	void firstDaysOfTheYearsAreTheAnniversaries() {
		assertThat(this.years.firstDayOf(1)).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(this.years.firstDayOf(3)).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(this.years.firstDayOf(6)).isEqualTo(LocalDate.of(2029, 3, 15));
	}

	@Test
	void aStartOnTheTwentyNinthOfFebruaryHasItsAnniversariesOnTheFirstOfMarch() {
		TcoYears leap = new TcoYears(LocalDate.of(2024, 2, 29));
		// 2025-02-28 is not yet a whole year after 2024-02-29
		assertThat(leap.yearOf(LocalDate.of(2025, 2, 28))).isEqualTo(1);
		assertThat(leap.yearOf(LocalDate.of(2025, 3, 1))).isEqualTo(2);
		assertThat(leap.firstDayOf(2)).isEqualTo(LocalDate.of(2025, 3, 1));
		// 2028 is a leap year again: the anniversary is the 29th
		assertThat(leap.firstDayOf(5)).isEqualTo(LocalDate.of(2028, 2, 29));
		for (int year = 1; year <= TcoYears.OUTSIDE; year++) {
			assertThat(leap.yearOf(leap.firstDayOf(year))).isEqualTo(year);
			assertThat(leap.yearOf(leap.firstDayOf(year).minusDays(1))).isEqualTo(Math.max(1, year - 1));
		}
	}

}
