package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Horizontal bars of scores on a 0..1 axis, coloured by status, with the amber and green
 * thresholds as dashed lines.
 */
public record ScoreBars(String id, Text title, Text description, List<Score> scores, BigDecimal amber,
		BigDecimal green) implements Chart {

	/** A row; a null score is drawn as an empty track labelled "no score". */
	public record Score(String code, Text label, BigDecimal score, String colour) {
	}

	@Override
	public boolean empty() {
		return this.scores.isEmpty();
	}

}
