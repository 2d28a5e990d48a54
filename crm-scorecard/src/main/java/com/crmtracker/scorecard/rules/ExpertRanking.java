package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weights from rounds of expert ranking, with Kendall's coefficient of concordance W as
 * the measure of agreement (DOMAIN.md §7). m experts each rank n items, 1 = most
 * important, without ties.
 */
public final class ExpertRanking {

	private ExpertRanking() {
	}

	/**
	 * The result of one round.
	 *
	 * @param experts m, the number of ballots
	 * @param meanRanks R̄_i = R_i / m per item
	 * @param weights w_i = (n + 1 − R̄_i) / Σ_j (n + 1 − R̄_j)
	 * @param kendallW 12 S / (m² (n³ − n)); null with no ballot
	 */
	public record RoundResult(int experts, Map<String, BigDecimal> meanRanks, Map<String, BigDecimal> weights,
			BigDecimal kendallW) {
	}

	/**
	 * Why a ballot is not a permutation of 1..n over the items, or empty when it is one.
	 */
	public static Optional<String> problemWith(List<String> items, Map<String, Integer> ranks) {
		if (ranks == null || !ranks.keySet().equals(new HashSet<>(items))) {
			return Optional.of("must rank exactly the items " + items);
		}
		Set<Integer> seen = new HashSet<>();
		for (Integer rank : ranks.values()) {
			if (rank == null || rank < 1 || rank > items.size() || !seen.add(rank)) {
				return Optional.of("must give each item a different rank from 1 to " + items.size());
			}
		}
		return Optional.empty();
	}

	/**
	 * Evaluates a round; every ballot must be a permutation (see {@link #problemWith}).
	 */
	public static RoundResult evaluate(List<String> items, Collection<Map<String, Integer>> ballots) {
		int n = items.size();
		int m = ballots.size();
		for (Map<String, Integer> ballot : ballots) {
			problemWith(items, ballot).ifPresent(problem -> {
				throw new IllegalArgumentException("A ballot " + problem);
			});
		}
		Map<String, Integer> rankSums = new LinkedHashMap<>();
		items.forEach(item -> rankSums.put(item, 0));
		for (Map<String, Integer> ballot : ballots) {
			ballot.forEach((item, rank) -> rankSums.merge(item, rank, Integer::sum));
		}
		if (m == 0) {
			return new RoundResult(0, Map.of(), Map.of(), null);
		}
		BigDecimal experts = BigDecimal.valueOf(m);
		BigDecimal nPlusOne = BigDecimal.valueOf(n + 1L);
		Map<String, BigDecimal> meanRanks = new LinkedHashMap<>();
		Map<String, BigDecimal> raw = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (String item : items) {
			BigDecimal mean = BigDecimal.valueOf(rankSums.get(item)).divide(experts, KpiScoring.MATH);
			meanRanks.put(item, mean);
			BigDecimal r = nPlusOne.subtract(mean);
			raw.put(item, r);
			total = total.add(r);
		}
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		for (String item : items) {
			weights.put(item, raw.get(item).divide(total, KpiScoring.MATH));
		}
		return new RoundResult(m, meanRanks, weights, kendallW(n, m, rankSums.values()));
	}

	/**
	 * Kendall's W = 12 S / (m² (n³ − n)) with S = Σ_i (R_i − m(n + 1)/2)², from the rank
	 * sums R_i of n items over m experts.
	 */
	public static BigDecimal kendallW(int n, int m, Collection<Integer> rankSums) {
		if (n < 2 || m < 1) {
			throw new IllegalArgumentException("Kendall's W needs at least two items and one expert");
		}
		// twice every term keeps S exact in integers: (2R_i − m(n+1))² = 4 (R_i −
		// m(n+1)/2)²
		long fourS = 0;
		for (int sum : rankSums) {
			long d = 2L * sum - (long) m * (n + 1);
			fourS += d * d;
		}
		BigDecimal numerator = BigDecimal.valueOf(12 * fourS);
		BigDecimal denominator = BigDecimal.valueOf(4L * m * m * ((long) n * n * n - n));
		return numerator.divide(denominator, KpiScoring.MATH);
	}

}
