package com.crmtracker.scorecard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	@Test
	void readsMonthsAndQuarters() {
		assertThat(Period.parse("2026-09")).contains(Period.month(2026, 9));
		assertThat(Period.parse("2026-Q3")).contains(Period.quarter(2026, 3));
		assertThat(Period.parse("2026-q3")).contains(Period.quarter(2026, 3));
		assertThat(Period.month(2026, 9)).hasToString("2026-09");
		assertThat(Period.quarter(2026, 3)).hasToString("2026-Q3");
	}

	@Test
	void refusesWhatIsNoPeriod() {
		assertThat(Period.parse("2026-13")).isEmpty();
		assertThat(Period.parse("2026-00")).isEmpty();
		assertThat(Period.parse("2026-Q5")).isEmpty();
		assertThat(Period.parse("26-09")).isEmpty();
		assertThat(Period.parse("")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void theYearTurnsBetweenPeriods() {
		assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
		assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
		assertThat(Period.quarter(2025, 4).next()).isEqualTo(Period.quarter(2026, 1));
		assertThat(Period.month(2026, 2).compareTo(Period.month(2025, 12))).isPositive();
	}

}
