package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A round of a ranking: who has ranked, and what the ranks give.
 *
 * @param experts the usernames of the experts who submitted a ballot
 * @param kendallW the agreement, null without a ballot
 * @param adoptable whether the round may be adopted: at least two ballots and W at or
 * above the ranking's threshold
 */
public record RoundView(int number, boolean open, List<String> experts, Map<String, BigDecimal> meanRanks,
		Map<String, BigDecimal> weights, BigDecimal kendallW, boolean adoptable, boolean adopted) {

	public int ballots() {
		return this.experts.size();
	}

}
