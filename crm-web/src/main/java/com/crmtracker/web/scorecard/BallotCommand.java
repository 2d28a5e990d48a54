package com.crmtracker.web.scorecard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An expert's ranks, one per item of the ranking in its order ({@code ranks[0]} ranks the
 * first item); an item left without a rank is refused by the module with the others.
 */
public record BallotCommand(List<Integer> ranks) {

	/** The ranks by item, without the items left unranked. */
	Map<String, Integer> byItem(List<String> items) {
		Map<String, Integer> byItem = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Integer rank = this.ranks == null || i >= this.ranks.size() ? null : this.ranks.get(i);
			if (rank != null) {
				byItem.put(items.get(i), rank);
			}
		}
		return byItem;
	}

}
