package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.crmtracker.scorecard.rules.ExpertRanking.RoundResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertRankingTest {

	private static final List<String> ITEMS = List.of("a", "b", "c", "d");

	private static Map<String, Integer> ballot(int a, int b, int c, int d) {
		return Map.of("a", a, "b", b, "c", c, "d", d);
	}

	@Test
	void perfectAgreementGivesWOfOne() {
		// three experts rank a, b, c, d the same: R = 3, 6, 9, 12; m(n+1)/2 = 7.5
		// S = 4.5² + 1.5² + 1.5² + 4.5² = 45; W = 12 × 45 / (3² × (64 − 4)) = 540 / 540 =
		// 1
		RoundResult round = ExpertRanking.evaluate(ITEMS,
				List.of(ballot(1, 2, 3, 4), ballot(1, 2, 3, 4), ballot(1, 2, 3, 4)));
		assertThat(round.kendallW()).isEqualByComparingTo("1");
		// mean ranks 1, 2, 3, 4; n + 1 − R̄ = 4, 3, 2, 1, sum 10 → 0.4, 0.3, 0.2, 0.1
		assertThat(round.meanRanks().get("a")).isEqualByComparingTo("1");
		assertThat(round.weights().get("a")).isEqualByComparingTo("0.4");
		assertThat(round.weights().get("b")).isEqualByComparingTo("0.3");
		assertThat(round.weights().get("c")).isEqualByComparingTo("0.2");
		assertThat(round.weights().get("d")).isEqualByComparingTo("0.1");
	}

	@Test
	void nearlyNoAgreementGivesWNearZero() {
		// R = a 1+4+1+4 = 10, b 2+3+2+3 = 10, c 3+2+3+1 = 9, d 4+1+4+2 = 11; m(n+1)/2 =
		// 10
		// S = 0 + 0 + 1 + 1 = 2; W = 12 × 2 / (4² × 60) = 24 / 960 = 0.025
		RoundResult round = ExpertRanking.evaluate(ITEMS,
				List.of(ballot(1, 2, 3, 4), ballot(4, 3, 2, 1), ballot(1, 2, 3, 4), ballot(4, 3, 1, 2)));
		assertThat(round.kendallW()).isEqualByComparingTo("0.025");
		// mean ranks 2.5, 2.5, 2.25, 2.75; n + 1 − R̄ = 2.5, 2.5, 2.75, 2.25, sum 10
		assertThat(round.meanRanks().get("c")).isEqualByComparingTo("2.25");
		assertThat(round.weights().get("a")).isEqualByComparingTo("0.25");
		assertThat(round.weights().get("c")).isEqualByComparingTo("0.275");
		assertThat(round.weights().get("d")).isEqualByComparingTo("0.225");
	}

	@Test
	void oppositeRankingsGiveWOfZero() {
		// R = 5, 5, 5, 5 = m(n+1)/2 for every item: S = 0, W = 0, equal weights
		RoundResult round = ExpertRanking.evaluate(ITEMS, List.of(ballot(1, 2, 3, 4), ballot(4, 3, 2, 1)));
		assertThat(round.kendallW()).isEqualByComparingTo("0");
		assertThat(round.weights().values()).allSatisfy(w -> assertThat(w).isEqualByComparingTo("0.25"));
	}

	@Test
	void partialAgreement() {
		// R = a 1+2+1 = 4, b 2+1+3 = 6, c 3+3+2 = 8, d 12; deviations from 7.5: −3.5,
		// −1.5,
		// 0.5, 4.5
		// S = 12.25 + 2.25 + 0.25 + 20.25 = 35; W = 12 × 35 / (9 × 60) = 420 / 540 =
		// 0.777…
		RoundResult round = ExpertRanking.evaluate(ITEMS,
				List.of(ballot(1, 2, 3, 4), ballot(2, 1, 3, 4), ballot(1, 3, 2, 4)));
		assertThat(round.kendallW()).isEqualByComparingTo("0.7777777777777778");
		// mean ranks 4/3, 2, 8/3, 4; n + 1 − R̄ = 11/3, 3, 7/3, 1, sum 10 → 0.3666…, 0.3,
		// 0.2333…, 0.1
		assertThat(round.weights().get("a")).isEqualByComparingTo("0.3666666666666667");
		assertThat(round.weights().get("b")).isEqualByComparingTo("0.3");
		assertThat(round.weights().get("c")).isEqualByComparingTo("0.2333333333333333");
		assertThat(round.weights().get("d")).isEqualByComparingTo("0.1");
		BigDecimal sum = round.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1E-15"));
	}

	@Test
	void ranksMustBeAPermutationOfOneToN() {
		assertThat(ExpertRanking.problemWith(ITEMS, ballot(2, 1, 4, 3))).isEmpty();
		assertThat(ExpertRanking.problemWith(ITEMS, ballot(1, 1, 3, 4))).isPresent();
		assertThat(ExpertRanking.problemWith(ITEMS, ballot(1, 2, 3, 5))).isPresent();
		assertThat(ExpertRanking.problemWith(ITEMS, ballot(0, 1, 2, 3))).isPresent();
		assertThat(ExpertRanking.problemWith(ITEMS, Map.of("a", 1, "b", 2, "c", 3))).isPresent();
		assertThat(ExpertRanking.problemWith(ITEMS, Map.of("a", 1, "b", 2, "c", 3, "x", 4))).isPresent();
	}

	@Test
	void aRoundWithoutBallotsHasNoW() {
		assertThat(ExpertRanking.evaluate(ITEMS, List.of()).kendallW()).isNull();
	}

}
