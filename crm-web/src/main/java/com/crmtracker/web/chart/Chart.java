package com.crmtracker.web.chart;

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

}
