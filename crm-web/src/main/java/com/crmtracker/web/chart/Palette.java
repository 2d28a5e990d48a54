package com.crmtracker.web.chart;

import java.util.List;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.scorecard.ScoreStatus;

/**
 * The one list of colours of every chart, pages and board pack alike: Paul Tol's "muted"
 * scheme, distinguishable with the common colour-vision deficiencies, plus a neutral
 * grey. A category or series has its colour here and nowhere else.
 */
public final class Palette {

	/** The colours, in the order categories take them. */
	public static final List<String> COLOURS = List.of("#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77",
			"#cc6677", "#882255", "#aa4499", "#777777");

	/** Plan: planned cost, planned value, the plan's cash flow, planned phase bars. */
	public static final String PLANNED = COLOURS.get(0);

	/** Earned value. */
	public static final String EARNED = COLOURS.get(3);

	/** Actual cost, realised cash flow. */
	public static final String ACTUAL = COLOURS.get(7);

	/** Today's line and what is overdue. */
	public static final String TODAY = COLOURS.get(6);

	/** A measured KPI value. */
	public static final String MEASURED = COLOURS.get(0);

	/** A baseline: the frozen schedule, a KPI's starting value. */
	public static final String BASELINE = COLOURS.get(9);

	/** Status colours of scores: green, amber, red, none. */
	public static final String GREEN = COLOURS.get(3);

	public static final String AMBER = COLOURS.get(5);

	public static final String RED = COLOURS.get(6);

	public static final String NONE = "#bbbbbb";

	/** Text, axes and grid: neutrals with enough contrast on white. */
	static final String INK = "#212529";

	static final String MUTED = "#495057";

	static final String GRID = "#dee2e6";

	static final String TRACK = "#eef0f3";

	private Palette() {
	}

	public static String of(CostCategory category) {
		return COLOURS.get(category.ordinal() % COLOURS.size());
	}

	public static String of(ScoreStatus status) {
		if (status == null) {
			return NONE;
		}
		return switch (status) {
			case GREEN -> GREEN;
			case AMBER -> AMBER;
			case RED -> RED;
		};
	}

}
