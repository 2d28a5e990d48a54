package com.crmtracker.web.chart;

import org.thymeleaf.expression.Messages;

/**
 * What the one chart fragment ({@code chart/chart.html}) calls: draws a chart with the
 * template's message bundles, in the page's or the pack's language.
 */
public final class ChartFragment {

	private ChartFragment() {
	}

	public static String svg(Chart chart, Messages messages) {
		return ChartSvg.render(chart, messages::msgWithParams);
	}

}
