package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScoreStatus;
import com.crmtracker.scorecard.Thresholds;
import com.crmtracker.scorecard.rules.BalancedScorecard.Overall;
import com.crmtracker.scorecard.rules.BalancedScorecard.WeightedScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalancedScorecardTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static final Map<Perspective, BigDecimal> WEIGHTS = Map.of(Perspective.FINANCIAL, d("0.4"),
			Perspective.CUSTOMER, d("0.3"), Perspective.INTERNAL_PROCESS, d("0.2"), Perspective.LEARNING_GROWTH,
			d("0.1"));

	@Test
	void perspectiveScoreIsTheWeightedMeanOfTheKpisWithAScore() {
		// (2 × 0.75 + 1 × 0.3) / (2 + 1) = 1.8 / 3 = 0.6; the KPI without a score is left
		// out
		BigDecimal mean = BalancedScorecard.weightedMean(List.of(new WeightedScore(d("2"), d("0.75")),
				new WeightedScore(d("1"), d("0.3")), new WeightedScore(d("1"), null)));
		assertThat(mean).isEqualByComparingTo("0.6");
	}

	@Test
	void aPerspectiveWithoutAnyScoreHasNone() {
		assertThat(BalancedScorecard.weightedMean(List.of(new WeightedScore(d("1"), null)))).isNull();
		assertThat(BalancedScorecard.weightedMean(List.of())).isNull();
	}

	@Test
	void overallIsThePerspectiveWeightedSum() {
		// 0.4 × 0.6 + 0.3 × 0.9 + 0.2 × 0.5 + 0.1 × 1 = 0.24 + 0.27 + 0.10 + 0.10 = 0.71
		Overall overall = BalancedScorecard.overall(WEIGHTS,
				Map.of(Perspective.FINANCIAL, d("0.6"), Perspective.CUSTOMER, d("0.9"), Perspective.INTERNAL_PROCESS,
						d("0.5"), Perspective.LEARNING_GROWTH, d("1")));
		assertThat(overall.overall()).isEqualByComparingTo("0.71");
		assertThat(overall.leftOut()).isEmpty();
	}

	@Test
	void aPerspectiveWithoutScoreIsLeftOutAndTheOtherWeightsRescaled() {
		// learning and growth has no score: (0.24 + 0.27 + 0.10) / (0.4 + 0.3 + 0.2) =
		// 0.61
		// / 0.9 = 0.6777777777777778
		Overall overall = BalancedScorecard.overall(WEIGHTS, Map.of(Perspective.FINANCIAL, d("0.6"),
				Perspective.CUSTOMER, d("0.9"), Perspective.INTERNAL_PROCESS, d("0.5")));
		assertThat(overall.overall()).isEqualByComparingTo("0.6777777777777778");
		assertThat(overall.leftOut()).containsExactly(Perspective.LEARNING_GROWTH);
	}

	@Test
	void withoutAnyScoreThereIsNoOverall() {
		Overall overall = BalancedScorecard.overall(WEIGHTS, Map.of());
		assertThat(overall.overall()).isNull();
		assertThat(overall.leftOut()).containsExactly(Perspective.values());
	}

	@Test
	void statusFollowsTheThresholds() {
		assertThat(Thresholds.DEFAULT.status(d("0.8"))).isEqualTo(ScoreStatus.GREEN);
		assertThat(Thresholds.DEFAULT.status(d("0.79"))).isEqualTo(ScoreStatus.AMBER);
		assertThat(Thresholds.DEFAULT.status(d("0.5"))).isEqualTo(ScoreStatus.AMBER);
		assertThat(Thresholds.DEFAULT.status(d("0.49"))).isEqualTo(ScoreStatus.RED);
		assertThat(Thresholds.DEFAULT.status(null)).isNull();
		Thresholds strict = new Thresholds(d("0.9"), d("0.6"));
		assertThat(strict.status(d("0.85"))).isEqualTo(ScoreStatus.AMBER);
		assertThat(strict.status(d("0.55"))).isEqualTo(ScoreStatus.RED);
	}

}
