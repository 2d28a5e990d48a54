package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Vertical bars by group (a year): each group has one or more bars side by side, each bar
 * a stack of segments; negative segments hang below zero. Lines and markers may run over
 * the groups, one value per group.
 */
public record BarChart(String id, Text title, Text description, List<Group> groups, List<Line> lines,
		List<Marker> markers) implements Chart {

	/** A slot of the x axis with its bars. */
	public record Group(Text label, List<Bar> bars) {
	}

	/**
	 * A bar; a light bar is drawn in the same colours, paler (actual beside planned).
	 */
	public record Bar(Text name, boolean light, List<Segment> segments) {
	}

	public record Segment(String colour, Text legend, BigDecimal value) {
	}

	/**
	 * A point between groups: {@code position} 0 is the centre of the first group, 1 of
	 * the second.
	 */
	public record Marker(double position, BigDecimal value, String colour, Text title) {
	}

	@Override
	public boolean empty() {
		return this.groups.stream()
			.flatMap(g -> g.bars().stream())
			.flatMap(b -> b.segments().stream())
			.allMatch(s -> s.value().signum() == 0)
				&& this.lines.stream().flatMap(l -> l.values().stream()).allMatch(v -> v == null || v.signum() == 0);
	}

}
