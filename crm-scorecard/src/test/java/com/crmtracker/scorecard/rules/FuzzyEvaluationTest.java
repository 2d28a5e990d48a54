package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.GradeVector;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.rules.FuzzyEvaluation.Result;
import com.crmtracker.scorecard.rules.FuzzyEvaluation.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FuzzyEvaluationTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static void assertVector(GradeVector actual, String... expected) {
		for (int i = 0; i < 4; i++) {
			assertThat(actual.components().get(i)).isCloseTo(d(expected[i]), within(d("1E-12")));
		}
	}

	@Test
	void membershipIsTheShareOfRatersGivingEachGrade() {
		// five raters: 2 excellent, 2 good, 1 fair → (0.4, 0.4, 0.2, 0)
		GradeVector r = GradeVector
			.shares(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.EXCELLENT, Grade.FAIR, Grade.GOOD));
		assertVector(r, "0.4", "0.4", "0.2", "0");
		// score 0.4 × 100 + 0.4 × 80 + 0.2 × 60 = 40 + 32 + 12 = 84; a tie goes to the
		// better grade
		assertThat(r.score()).isEqualByComparingTo("84");
		assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void aQuantitativeKpiEntersAsAOneHotRowByItsScore() {
		assertThat(Grade.ofScore(d("0.95"))).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.ofScore(d("0.9"))).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.ofScore(d("0.89"))).isEqualTo(Grade.GOOD);
		assertThat(Grade.ofScore(d("0.75"))).isEqualTo(Grade.GOOD);
		assertThat(Grade.ofScore(d("0.74"))).isEqualTo(Grade.FAIR);
		assertThat(Grade.ofScore(d("0.5"))).isEqualTo(Grade.FAIR);
		assertThat(Grade.ofScore(d("0.49"))).isEqualTo(Grade.POOR);
		assertVector(GradeVector.oneHot(Grade.GOOD), "0", "1", "0", "0");
	}

	@Test
	void perspectiveVectorIsTheWeightedSumOfItsRows() {
		// weights 2 and 1 (the ungraded row is left out) rescale to 2/3 and 1/3:
		// B = 2/3 × (0.4, 0.4, 0.2, 0) + 1/3 × (0, 1, 0, 0) = (0.2667, 0.6, 0.1333, 0)
		GradeVector b = FuzzyEvaluation.combine(
				List.of(new Row("uses CRM daily", d("2"), new GradeVector(d("0.4"), d("0.4"), d("0.2"), d("0")), true),
						new Row("retention", d("1"), GradeVector.oneHot(Grade.ofScore(d("0.8"))), false),
						new Row("not graded yet", d("1"), null, true)));
		assertVector(b, "0.266666666666667", "0.6", "0.133333333333333", "0");
	}

	@Test
	void overallVectorGradeAndScore() {
		// weights F 0.4, C 0.3, I 0.2 (no rows: left out), L 0.1 → rescaled 0.5, 0.375,
		// 0.125
		// B_F = (0.5, 0.5, 0, 0); B_C = (4/15, 0.6, 2/15, 0); B_L = (0, 0, 0, 1)
		// B* = 0.5 B_F + 0.375 B_C + 0.125 B_L = (0.25 + 0.1, 0.25 + 0.225, 0.05, 0.125)
		// = (0.35, 0.475, 0.05, 0.125); grade GOOD; score 35 + 38 + 3 + 5 = 81
		Map<Perspective, BigDecimal> weights = Map.of(Perspective.FINANCIAL, d("0.4"), Perspective.CUSTOMER, d("0.3"),
				Perspective.INTERNAL_PROCESS, d("0.2"), Perspective.LEARNING_GROWTH, d("0.1"));
		Result result = FuzzyEvaluation.evaluate(weights, Map.of(Perspective.FINANCIAL,
				List.of(new Row("f", d("1"), new GradeVector(d("0.5"), d("0.5"), d("0"), d("0")), true)),
				Perspective.CUSTOMER,
				List.of(new Row("c1", d("2"), new GradeVector(d("0.4"), d("0.4"), d("0.2"), d("0")), true),
						new Row("c2", d("1"), GradeVector.oneHot(Grade.GOOD), false)),
				Perspective.LEARNING_GROWTH, List.of(new Row("l", d("1"), GradeVector.oneHot(Grade.POOR), false))));
		assertThat(result.leftOut()).containsExactly(Perspective.INTERNAL_PROCESS);
		assertVector(result.overall(), "0.35", "0.475", "0.05", "0.125");
		assertThat(result.grade()).isEqualTo(Grade.GOOD);
		assertThat(result.score()).isCloseTo(d("81"), within(d("1E-12")));
	}

	@Test
	void withoutAnyRowThereIsNoResult() {
		Result result = FuzzyEvaluation.evaluate(Map.of(), Map.of());
		assertThat(result.overall()).isNull();
		assertThat(result.grade()).isNull();
		assertThat(result.leftOut()).hasSize(4);
	}

}
