package com.crmtracker.web.chart;

import java.util.List;

/**
 * A text of a chart: a message key with its arguments, resolved in the reader's language
 * when the chart is drawn, or a literal taken from the data (a month, a phase's name).
 */
public record Text(String key, List<Object> arguments, String literal) {

	public static Text of(String key, Object... arguments) {
		return new Text(key, List.of(arguments), null);
	}

	public static Text literal(String literal) {
		return new Text(null, List.of(), literal);
	}

	String in(Texts texts) {
		return this.key == null ? this.literal : texts.text(this.key, this.arguments.toArray());
	}

}
