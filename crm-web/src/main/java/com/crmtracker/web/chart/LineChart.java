package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Lines over evenly spaced positions (months, periods) with their labels.
 *
 * @param asOf the position of the as-of line, -1 for none
 * @param references horizontal lines at a value (a KPI's baseline and target)
 * @param fromZero whether the value axis starts at zero (amounts) or fits the values
 * @param pointLabels whether each point is marked and labelled with its value
 */
public record LineChart(String id, Text title, Text description, List<String> positions, List<Line> lines, int asOf,
		List<Reference> references, boolean fromZero, boolean pointLabels) implements Chart {

	public record Reference(String colour, Text label, BigDecimal value) {
	}

	@Override
	public boolean empty() {
		return this.lines.stream().flatMap(l -> l.values().stream()).allMatch(v -> v == null);
	}

}
