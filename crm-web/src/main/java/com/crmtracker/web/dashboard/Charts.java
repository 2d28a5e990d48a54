package com.crmtracker.web.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.scorecard.PerspectiveView;

/**
 * The geometry of the dashboard's charts, drawn as inline SVG by templates in the browser
 * and in the PDF alike. Colours are attributes, not CSS, so that the PDF renderer draws
 * them too.
 */
public final class Charts {

	static final String[] PALETTE = { "#0d6efd", "#6610f2", "#d63384", "#fd7e14", "#198754", "#20c997", "#0dcaf0",
			"#6c757d", "#ffc107", "#795548" };

	static final int WIDTH = 640;

	static final int HEIGHT = 260;

	static final int LEFT = 70;

	static final int RIGHT = 620;

	static final int TOP = 16;

	static final int BOTTOM = 220;

	private Charts() {
	}

	/** A bar of a stacked bar chart with its segments bottom up. */
	public record Column(String label, double x, double width, List<Segment> segments) {
	}

	public record Segment(double y, double height, String colour, String title) {
	}

	public record Tick(double position, String label) {
	}

	public record Legend(String colour, String label) {
	}

	public record StackedBars(int width, int height, List<Column> columns, List<Tick> yTicks, List<Legend> legend,
			boolean empty) {
	}

	public record Series(String label, String colour, String points) {
	}

	public record Lines(int width, int height, List<Series> series, List<Tick> xTicks, List<Tick> yTicks, double todayX,
			boolean empty) {
	}

	public record HorizontalBar(String label, double y, double width, String colour, String value) {
	}

	public record Bars(int width, int height, List<HorizontalBar> bars) {
	}

	/**
	 * Planned TCO by year, stacked by category; labels come localised from the caller.
	 */
	static StackedBars tcoByYear(TcoMatrix matrix, Function<CostCategory, String> categoryLabel,
			Function<Integer, String> yearLabel) {
		BigDecimal max = BigDecimal.ZERO;
		for (int year = 1; year <= 5; year++) {
			max = max.max(matrix.yearTotal(year));
		}
		double top = niceCeiling(max.doubleValue());
		double slot = (RIGHT - LEFT) / 5.0;
		List<Column> columns = new ArrayList<>();
		for (int year = 1; year <= 5; year++) {
			double base = BOTTOM;
			List<Segment> segments = new ArrayList<>();
			int colour = 0;
			for (CostCategory category : CostCategory.values()) {
				double amount = matrix.cell(category, year).doubleValue();
				if (amount > 0 && top > 0) {
					double h = amount / top * (BOTTOM - TOP);
					base -= h;
					segments.add(new Segment(round(base), round(h), PALETTE[colour % PALETTE.length],
							categoryLabel.apply(category) + ": " + matrix.cell(category, year).toPlainString()));
				}
				colour++;
			}
			columns.add(new Column(yearLabel.apply(year), round(LEFT + slot * (year - 1) + slot * 0.2),
					round(slot * 0.6), segments));
		}
		List<Legend> legend = new ArrayList<>();
		int colour = 0;
		for (CostCategory category : CostCategory.values()) {
			if (matrix.rowTotal(category).signum() != 0) {
				legend.add(new Legend(PALETTE[colour % PALETTE.length], categoryLabel.apply(category)));
			}
			colour++;
		}
		return new StackedBars(WIDTH, HEIGHT, columns, yTicks(top), legend, max.signum() == 0);
	}

	/**
	 * The earned-value S-curve: PV, EV and AC by month, with a line for the as-of date.
	 */
	static Lines sCurve(List<EarnedValuePoint> points, String pvLabel, String evLabel, String acLabel) {
		if (points.isEmpty()) {
			return new Lines(WIDTH, HEIGHT, List.of(), List.of(), List.of(), -1, true);
		}
		double max = 0;
		for (EarnedValuePoint p : points) {
			max = Math.max(max, value(p.pv()));
			max = Math.max(max, value(p.ev()));
			max = Math.max(max, value(p.ac()));
		}
		double top = niceCeiling(max);
		double step = points.size() == 1 ? 0 : (RIGHT - LEFT) / (double) (points.size() - 1);
		List<Series> series = List.of(series(points, EarnedValuePoint::pv, pvLabel, "#6c757d", step, top),
				series(points, EarnedValuePoint::ev, evLabel, "#198754", step, top),
				series(points, EarnedValuePoint::ac, acLabel, "#dc3545", step, top));
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, points.size() / 8);
		DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM");
		for (int i = 0; i < points.size(); i += every) {
			xTicks.add(new Tick(round(LEFT + step * i), points.get(i).date().format(month)));
		}
		double todayX = -1;
		for (int i = 0; i < points.size(); i++) {
			if (points.get(i).ev() != null) {
				todayX = round(LEFT + step * i);
			}
		}
		return new Lines(WIDTH, HEIGHT, series, xTicks, yTicks(top), todayX, max == 0);
	}

	/** The four perspectives' scores as bars from 0 to 1. */
	static Bars perspectives(List<PerspectiveView> perspectives, Function<PerspectiveView, String> label) {
		List<HorizontalBar> bars = new ArrayList<>();
		double y = 10;
		for (PerspectiveView perspective : perspectives) {
			BigDecimal score = perspective.score();
			String colour = score == null ? "#adb5bd" : switch (perspective.status()) {
				case GREEN -> "#198754";
				case AMBER -> "#fd7e14";
				case RED -> "#dc3545";
			};
			bars.add(new HorizontalBar(label.apply(perspective), y,
					score == null ? 0 : round(score.doubleValue() * 360), colour,
					score == null ? "—" : score.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()));
			y += 34;
		}
		return new Bars(WIDTH, (int) y + 6, bars);
	}

	private static Series series(List<EarnedValuePoint> points, Function<EarnedValuePoint, BigDecimal> value,
			String label, String colour, double step, double top) {
		StringBuilder polyline = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			BigDecimal v = value.apply(points.get(i));
			if (v == null) {
				continue;
			}
			double y = top == 0 ? BOTTOM : BOTTOM - v.doubleValue() / top * (BOTTOM - TOP);
			polyline.append(round(LEFT + step * i)).append(',').append(round(y)).append(' ');
		}
		return new Series(label, colour, polyline.toString().trim());
	}

	private static List<Tick> yTicks(double top) {
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			ticks.add(new Tick(round(BOTTOM - (BOTTOM - TOP) * i / 4.0), compact(value)));
		}
		return ticks;
	}

	/** 1,250,000 → 1.25M: axis labels stay short. */
	static String compact(double value) {
		if (value >= 1_000_000) {
			return new BigDecimal(value / 1_000_000).round(new MathContext(3)).stripTrailingZeros().toPlainString()
					+ "M";
		}
		if (value >= 1_000) {
			return new BigDecimal(value / 1_000).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "k";
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/**
	 * The next round number at or above the value, so the axis ends on a readable label.
	 */
	static double niceCeiling(double value) {
		if (value <= 0) {
			return 0;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * magnitude >= value) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static double value(BigDecimal value) {
		return value == null ? 0 : value.doubleValue();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
