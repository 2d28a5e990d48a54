package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A ranking with every round.
 *
 * @param subject {@code PERSPECTIVES} or the perspective whose KPIs are ranked
 * @param adoptedRound the round whose weights were adopted, or null
 */
public record RankingView(long id, String subject, List<String> items, BigDecimal threshold, Integer adoptedRound,
		List<RoundView> rounds) {

	/** The round open for ballots, or null once the ranking is adopted. */
	public RoundView openRound() {
		return this.rounds.stream().filter(RoundView::open).findFirst().orElse(null);
	}

	/**
	 * The perspective whose KPIs are ranked, or null for a ranking of the perspectives.
	 */
	public Perspective perspective() {
		return Rankings.PERSPECTIVES.equals(this.subject) ? null : Perspective.valueOf(this.subject);
	}

	public RoundView round(int number) {
		return this.rounds.stream().filter(r -> r.number() == number).findFirst().orElse(null);
	}

}
