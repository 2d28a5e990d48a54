package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;

import com.crmtracker.scorecard.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiScoringTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void higherIsBetterScoresTheShareOfTheWayFromBaselineToTarget() {
		// baseline 20, target 40, value 35: (35 − 20) / (40 − 20) = 15 / 20 = 0.75
		assertThat(KpiScoring.score(d("35"), d("20"), d("40"), Direction.HIGHER_IS_BETTER))
			.isEqualByComparingTo("0.75");
	}

	@Test
	void lowerIsBetterScoresTheShareOfTheWayDown() {
		// response time: baseline 48 h, target 24 h, value 30 h: (48 − 30) / (48 − 24) =
		// 18
		// / 24 = 0.75
		assertThat(KpiScoring.score(d("30"), d("48"), d("24"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("0.75");
	}

	@Test
	void scoresAreClampedToZeroAndOne() {
		// higher: (50 − 20) / 20 = 1.5 → 1; (10 − 20) / 20 = −0.5 → 0
		assertThat(KpiScoring.score(d("50"), d("20"), d("40"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("1");
		assertThat(KpiScoring.score(d("10"), d("20"), d("40"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("0");
		// lower: (48 − 12) / 24 = 1.5 → 1; (48 − 60) / 24 = −0.5 → 0
		assertThat(KpiScoring.score(d("12"), d("48"), d("24"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("1");
		assertThat(KpiScoring.score(d("60"), d("48"), d("24"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("0");
		// exactly at baseline and target: 0 and 1
		assertThat(KpiScoring.score(d("20"), d("20"), d("40"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("0");
		assertThat(KpiScoring.score(d("24"), d("48"), d("24"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("1");
	}

	@Test
	void aTargetEqualToTheBaselineHasNoScore() {
		assertThatThrownBy(() -> KpiScoring.score(d("5"), d("10"), d("10"), Direction.HIGHER_IS_BETTER))
			.isInstanceOf(ArithmeticException.class);
	}

	@Test
	void ratioIsNumeratorOverDenominatorTimesScale() {
		// lead conversion: 45 won of 300 leads × 100 = 15 (%)
		assertThat(KpiScoring.ratio(d("45"), d("300"), d("100"))).isEqualByComparingTo("15");
		// average sale per deal: 1 250 000 / 40 deals × 1 = 31 250
		assertThat(KpiScoring.ratio(d("1250000"), d("40"), d("1"))).isEqualByComparingTo("31250");
		// 1 / 3 × 100 keeps 16 significant digits: 33.33333333333333
		assertThat(KpiScoring.ratio(d("1"), d("3"), d("100"))).isEqualByComparingTo("33.33333333333333");
	}

	@Test
	void aRatioWithAZeroDenominatorIsRefused() {
		assertThatThrownBy(() -> KpiScoring.ratio(d("5"), d("0"), d("100"))).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void growthIsTheChangeOverThePreviousAmountInPercent() {
		// (1 380 000 − 1 200 000) / 1 200 000 × 100 = 180 000 / 1 200 000 × 100 = 15
		assertThat(KpiScoring.growth(d("1200000"), d("1380000"))).isEqualByComparingTo("15");
		// a fall: (900 − 1000) / 1000 × 100 = −10
		assertThat(KpiScoring.growth(d("1000"), d("900"))).isEqualByComparingTo("-10");
	}

	@Test
	void theFirstPeriodOfAGrowthKpiHasNoValue() {
		assertThat(KpiScoring.growth(null, d("1000"))).isNull();
		assertThat(KpiScoring.growth(d("0"), d("1000"))).isNull();
	}

	@Test
	void aGrowthValueIsScoredLikeAnyOther() {
		// growth 15 % against baseline 5 %, target 20 %: (15 − 5) / (20 − 5) = 10 / 15 =
		// 0.6666666666666667
		BigDecimal growth = KpiScoring.growth(d("1200000"), d("1380000"));
		assertThat(KpiScoring.score(growth, d("5"), d("20"), Direction.HIGHER_IS_BETTER))
			.isEqualByComparingTo("0.6666666666666667");
	}

}
