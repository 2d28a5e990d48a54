package com.crmtracker.web.dashboard;

import java.math.BigDecimal;

/** A traffic-light mark beside a figure; NONE where there is nothing to judge yet. */
public enum Mark {

	GREEN("●"), AMBER("▲"), RED("■"), NONE("○");

	private final String symbol;

	Mark(String symbol) {
		this.symbol = symbol;
	}

	/** A shape per mark, so that the mark reads without its colour too. */
	public String symbol() {
		return this.symbol;
	}

	/**
	 * Higher is better: green from {@code green}, amber from {@code amber}, red below.
	 */
	static Mark atLeast(BigDecimal value, String green, String amber) {
		if (value == null) {
			return NONE;
		}
		if (value.compareTo(new BigDecimal(green)) >= 0) {
			return GREEN;
		}
		return value.compareTo(new BigDecimal(amber)) >= 0 ? AMBER : RED;
	}

	/**
	 * Lower is better: green up to {@code green}, amber up to {@code amber}, red above.
	 */
	static Mark atMost(BigDecimal value, String green, String amber) {
		if (value == null) {
			return NONE;
		}
		if (value.compareTo(new BigDecimal(green)) <= 0) {
			return GREEN;
		}
		return value.compareTo(new BigDecimal(amber)) <= 0 ? AMBER : RED;
	}

	public String css() {
		return "mark-" + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The worst of several marks; NONE counts as nothing. */
	static Mark worst(Mark... marks) {
		Mark worst = NONE;
		for (Mark mark : marks) {
			if (mark != NONE && (worst == NONE || mark.ordinal() > worst.ordinal())) {
				worst = mark;
			}
		}
		return worst;
	}

}
