package com.crmtracker.web.costing;

import java.util.List;

/**
 * A chart drawn as inline SVG by the templates: coordinates are computed here, texts
 * (legend, axis) come from the message bundles in the template.
 */
public record Chart(int width, int height, List<Bar> bars, List<Series> series, List<Tick> yTicks, List<XLabel> xLabels,
		List<Marker> markers, List<Legend> legend, double zeroY) {

	/** A rectangle, with a tooltip. */
	public record Bar(double x, double y, double w, double h, String fill, String title) {
	}

	/** A line through points "x,y x,y …"; {@code key} names it in the legend. */
	public record Series(String key, String points, String stroke, String dash) {
	}

	public record Tick(double y, String label) {
	}

	/** A label under the x axis: a message key with one argument, or plain text. */
	public record XLabel(double x, String key, String argument) {
	}

	public record Marker(double x, double y, String fill, String title) {
	}

	public record Legend(String key, String color) {
	}

}
