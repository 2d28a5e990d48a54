package com.crmtracker.web.chart;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AxisTest {

	@Test
	void amountsUpToTwoPointThreeMillionStepByHalfAMillion() {
		Axis axis = Axis.fromZero(0, 2_345_000);
		// raw step 2,345,000 / 5 = 469,000 → the next of 1, 2, 5 × 10^5 is 500,000
		assertThat(axis.step()).isEqualByComparingTo("500000");
		assertThat(axis.labels()).containsExactly("0", "500k", "1M", "1.5M", "2M", "2.5M");
	}

	@Test
	void noTickFallsOnAQuarterOfTheRange() {
		// the old dashboard axis split 2.5M in quarters: 625k, 1.25M, 1.88M
		assertThat(Axis.fromZero(0, 2_500_000).labels()).containsExactly("0", "500k", "1M", "1.5M", "2M", "2.5M");
	}

	@Test
	void aRangeAcrossZeroHasZeroAsALabelledTick() {
		Axis axis = Axis.fromZero(-300_000, 1_200_000);
		// span 1.5M / 5 = 300,000 → 500,000; ends −500,000 and 1,500,000
		assertThat(axis.labels()).containsExactly("-500k", "0", "500k", "1M", "1.5M");
		assertThat(axis.spansZero()).isTrue();
		assertThat(axis.fraction(0)).isEqualTo(0.25);
	}

	@Test
	void scoresFromZeroToOneStepByTwoTenths() {
		assertThat(Axis.covering(0, 1).labels()).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
		assertThat(Axis.covering(0, 1).ticks()).element(3).isEqualTo(new BigDecimal("0.6"));
	}

	@Test
	void aKpiAxisFitsItsValuesWithoutZero() {
		// 62..97: raw 7 → 10; ends 60 and 100
		assertThat(Axis.covering(62, 97).labels()).containsExactly("60", "70", "80", "90", "100");
	}

	@Test
	void nothingToShowStillGivesAnAxis() {
		assertThat(Axis.fromZero(0, 0).labels()).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
	}

	@Test
	void labelsAreCompactAndExact() {
		assertThat(Axis.label(new BigDecimal("1050000"))).isEqualTo("1.05M");
		assertThat(Axis.label(new BigDecimal("-2000000"))).isEqualTo("-2M");
		assertThat(Axis.label(new BigDecimal("750"))).isEqualTo("750");
		assertThat(Axis.label(new BigDecimal("0.00"))).isEqualTo("0");
	}

}
