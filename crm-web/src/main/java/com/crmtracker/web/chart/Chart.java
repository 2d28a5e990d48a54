package com.crmtracker.web.chart;

import org.thymeleaf.expression.Messages;

/**
 * What a chart shows, with no coordinates: {@link ChartSvg} lays it out and draws it as
 * inline SVG for the pages and the board pack alike. Texts are message keys (or data
 * literals) resolved in the reader's language when drawn.
 */
public sealed interface Chart permits BarChart, LineChart, ScoreBars, TimelineChart {

	/** The id of the drawn {@code svg} element, unique on a page. */
	String id();

	/** The accessible title. */
	Text title();

	/** The accessible description: what the chart shows and where its figures are. */
	Text description();

	/** True when there is nothing to draw. */
	boolean empty();

	/** True when the chart is too wide for a phone: its box scrolls sideways there. */
	default boolean wide() {
		return false;
	}

	/**
	 * The chart drawn with a template's message bundles, for the one chart fragment:
	 * {@code th:utext="${chart.svg(#messages)}"}.
	 */
	default String svg(Messages messages) {
		return ChartFragment.svg(this, messages);
	}

}
