package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG 1.1 markup with presentation attributes only (no CSS, no foreignObject), so
 * that browsers and the PDF renderer draw the same thing.
 */
final class Svg {

	private final StringBuilder out = new StringBuilder();

	/** An element; attributes as name, value pairs (a null value leaves it out). */
	Svg open(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append('>');
		return this;
	}

	Svg empty(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append("/>");
		return this;
	}

	Svg close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/** An element with text content. */
	Svg text(String name, String content, Object... attributes) {
		open(name, attributes);
		this.out.append(escape(content));
		return close(name);
	}

	/** A shape with a tooltip. */
	Svg titled(String name, String title, Object... attributes) {
		open(name, attributes);
		text("title", title);
		return close(name);
	}

	private void attributes(Object... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			this.out.append(' ').append(attributes[i]).append("=\"").append(escape(format(value))).append('"');
		}
	}

	static String format(Object value) {
		if (value instanceof Double d) {
			return number(d);
		}
		return String.valueOf(value);
	}

	/** A coordinate with at most one decimal: 12.5, 40. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
