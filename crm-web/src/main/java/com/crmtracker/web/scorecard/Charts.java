package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.scorecard.MeasurementView;
import com.crmtracker.scorecard.PerspectiveView;
import com.crmtracker.scorecard.ScoreStatus;
import com.crmtracker.scorecard.Thresholds;

/**
 * Coordinates of the inline SVG charts: a KPI's trend and the bars of the perspectives.
 * The templates draw them; texts come from the message bundles.
 */
public final class Charts {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final int LEFT = 70;

	static final int RIGHT = 45;

	static final int TOP = 20;

	static final int BOTTOM = 40;

	private Charts() {
	}

	/** A point of a trend line: its period and value, where to draw it. */
	public record Point(double x, double y, String period, String value, String status) {
	}

	/**
	 * A trend over the periods with values; baseline and target as reference lines.
	 */
	public record Trend(int width, int height, List<Point> points, String polyline, double baselineY, double targetY,
			String top, String bottom, int left, int right, int plotBottom) {

		public boolean empty() {
			return this.points.isEmpty();
		}

	}

	static Trend trend(List<MeasurementView> series, BigDecimal baseline, BigDecimal target) {
		List<MeasurementView> valued = series.stream().filter(m -> m.value() != null).toList();
		double min = Math.min(baseline.doubleValue(), target.doubleValue());
		double max = Math.max(baseline.doubleValue(), target.doubleValue());
		for (MeasurementView m : valued) {
			min = Math.min(min, m.value().doubleValue());
			max = Math.max(max, m.value().doubleValue());
		}
		double pad = (max - min) * 0.1;
		min -= pad;
		max += pad;
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		List<Point> points = new ArrayList<>();
		StringBuilder polyline = new StringBuilder();
		for (int i = 0; i < valued.size(); i++) {
			MeasurementView m = valued.get(i);
			double x = LEFT + (valued.size() == 1 ? plotWidth / 2 : plotWidth * i / (valued.size() - 1));
			double y = y(m.value().doubleValue(), min, max, plotHeight);
			points.add(new Point(round(x), round(y), m.period(), ScorecardPages.decimal(m.value()),
					m.status() == null ? "" : m.status().name().toLowerCase()));
			polyline.append(round(x)).append(',').append(round(y)).append(' ');
		}
		return new Trend(WIDTH, HEIGHT, points, polyline.toString().trim(),
				round(y(baseline.doubleValue(), min, max, plotHeight)),
				round(y(target.doubleValue(), min, max, plotHeight)), ScorecardPages.decimal(BigDecimal.valueOf(max)),
				ScorecardPages.decimal(BigDecimal.valueOf(min)), LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM);
	}

	private static double y(double value, double min, double max, double plotHeight) {
		return TOP + plotHeight * (max - value) / (max - min);
	}

	/** A perspective's bar: its length is the score on a 0..1 axis. */
	public record Bar(String perspective, double y, double length, String score, String status, String weight) {

		/** The colour of the bar: the page's green, amber and red. */
		public String fill() {
			return switch (this.status) {
				case "green" -> "#198754";
				case "amber" -> "#ffc107";
				case "red" -> "#dc3545";
				default -> "#adb5bd";
			};
		}

	}

	public record Bars(int width, int height, int left, double axis, List<Bar> bars, double amberX, double greenX) {
	}

	static Bars perspectives(List<PerspectiveView> perspectives, Thresholds thresholds) {
		int left = 160;
		double axis = 400;
		int row = 40;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < perspectives.size(); i++) {
			PerspectiveView p = perspectives.get(i);
			double length = p.score() == null ? 0 : p.score().doubleValue() * axis;
			ScoreStatus status = p.status();
			bars.add(new Bar(p.perspective().name(), 10 + i * row, round(length),
					p.score() == null ? null : ScorecardPages.decimal(p.score()),
					status == null ? "none" : status.name().toLowerCase(), ScorecardPages.decimal(p.weight())));
		}
		return new Bars(left + (int) axis + 80, 20 + perspectives.size() * row, left, axis, bars,
				round(left + thresholds.amber().doubleValue() * axis),
				round(left + thresholds.green().doubleValue() * axis));
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
	}

}
