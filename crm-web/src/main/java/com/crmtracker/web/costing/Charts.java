package com.crmtracker.web.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoYears;

/** Lays out the costing charts; drawing only, no arithmetic of the domain. */
final class Charts {

	static final String[] PALETTE = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
			"#ff9da7", "#9c755f", "#bab0ac" };

	private static final int WIDTH = 760;

	private static final int HEIGHT = 320;

	private static final int LEFT = 90;

	private static final int RIGHT = 45;

	private static final int TOP = 15;

	private static final int BOTTOM = 40;

	private Charts() {
	}

	/** Planned and actual cost by year, stacked by category: two bars a year. */
	static Chart tcoBars(TcoReport report) {
		double max = 0;
		for (int year = 1; year <= TcoYears.HORIZON; year++) {
			max = Math.max(max, positiveTotal(report.planned(), year));
			max = Math.max(max, positiveTotal(report.actual(), year));
		}
		Scale scale = new Scale(0, max);
		double slot = (WIDTH - LEFT - RIGHT) / (double) TcoYears.HORIZON;
		double barWidth = slot * 0.32;
		List<Chart.Bar> bars = new ArrayList<>();
		List<Chart.XLabel> labels = new ArrayList<>();
		for (int year = 1; year <= TcoYears.HORIZON; year++) {
			double x0 = LEFT + slot * (year - 1) + slot * 0.14;
			stack(bars, report.planned(), year, x0, barWidth, scale, 1.0, "P");
			stack(bars, report.actual(), year, x0 + barWidth + slot * 0.08, barWidth, scale, 0.6, "A");
			labels.add(new Chart.XLabel(LEFT + slot * (year - 0.5), "tco.chart.year", Integer.toString(year)));
		}
		List<Chart.Legend> legend = new ArrayList<>();
		for (CostCategory category : CostCategory.values()) {
			legend.add(new Chart.Legend("cost.category." + category.name(), PALETTE[category.ordinal()]));
		}
		return new Chart(WIDTH, HEIGHT, bars, List.of(), scale.ticks(), labels, List.of(), legend, scale.y(0));
	}

	/**
	 * Cumulative net cash flow, years 0 to 5, planned and realised, with the payback
	 * points.
	 */
	static Chart cumulativeCashFlow(BusinessCaseResult planned, BusinessCaseResult actual) {
		double min = 0;
		double max = 0;
		for (BusinessCaseResult result : List.of(planned, actual)) {
			for (BigDecimal value : result.cumulativeNet()) {
				min = Math.min(min, value.doubleValue());
				max = Math.max(max, value.doubleValue());
			}
		}
		Scale scale = new Scale(min, max);
		double step = (WIDTH - LEFT - RIGHT) / (double) TcoYears.HORIZON;
		List<Chart.Series> series = List.of(line("businessCase.chart.planned", planned, scale, step, "#4e79a7", ""),
				line("businessCase.chart.actual", actual, scale, step, "#e15759", "6 4"));
		List<Chart.Marker> markers = new ArrayList<>();
		if (planned.paybackYears() != null) {
			markers.add(new Chart.Marker(LEFT + step * planned.paybackYears().doubleValue(), scale.y(0), "#4e79a7",
					planned.paybackYears().setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
		}
		if (actual.paybackYears() != null) {
			markers.add(new Chart.Marker(LEFT + step * actual.paybackYears().doubleValue(), scale.y(0), "#e15759",
					actual.paybackYears().setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
		}
		List<Chart.XLabel> labels = new ArrayList<>();
		for (int year = 0; year <= TcoYears.HORIZON; year++) {
			labels.add(new Chart.XLabel(LEFT + step * year, "tco.chart.year", Integer.toString(year)));
		}
		return new Chart(WIDTH, HEIGHT, List.of(), series, scale.ticks(), labels, markers,
				List.of(new Chart.Legend("businessCase.chart.planned", "#4e79a7"),
						new Chart.Legend("businessCase.chart.actual", "#e15759")),
				scale.y(0));
	}

	/** PV, EV and AC by month. */
	static Chart sCurve(List<EarnedValuePoint> points) {
		double max = 0;
		for (EarnedValuePoint p : points) {
			max = Math.max(max, p.pv().doubleValue());
			if (p.ev() != null) {
				max = Math.max(max, Math.max(p.ev().doubleValue(), p.ac().doubleValue()));
			}
		}
		Scale scale = new Scale(0, max);
		double step = points.size() <= 1 ? 0 : (WIDTH - LEFT - RIGHT) / (double) (points.size() - 1);
		StringBuilder pv = new StringBuilder();
		StringBuilder ev = new StringBuilder();
		StringBuilder ac = new StringBuilder();
		List<Chart.XLabel> labels = new ArrayList<>();
		int every = Math.max(1, points.size() / 12);
		for (int i = 0; i < points.size(); i++) {
			EarnedValuePoint p = points.get(i);
			double x = LEFT + step * i;
			pv.append(point(x, scale.y(p.pv().doubleValue())));
			if (p.ev() != null) {
				ev.append(point(x, scale.y(p.ev().doubleValue())));
				ac.append(point(x, scale.y(p.ac().doubleValue())));
			}
			if (i % every == 0) {
				labels.add(new Chart.XLabel(x, null, p.date().toString().substring(0, 7)));
			}
		}
		return new Chart(WIDTH, HEIGHT, List.of(),
				List.of(new Chart.Series("ev.pv", pv.toString().strip(), "#4e79a7", ""),
						new Chart.Series("ev.ev", ev.toString().strip(), "#59a14f", ""),
						new Chart.Series("ev.ac", ac.toString().strip(), "#e15759", "6 4")),
				scale.ticks(), labels, List.of(), List.of(new Chart.Legend("ev.pv", "#4e79a7"),
						new Chart.Legend("ev.ev", "#59a14f"), new Chart.Legend("ev.ac", "#e15759")),
				scale.y(0));
	}

	private static Chart.Series line(String key, BusinessCaseResult result, Scale scale, double step, String stroke,
			String dash) {
		StringBuilder points = new StringBuilder(point(LEFT, scale.y(0)));
		for (int year = 1; year <= TcoYears.HORIZON; year++) {
			points.append(point(LEFT + step * year, scale.y(result.cumulativeNet().get(year - 1).doubleValue())));
		}
		return new Chart.Series(key, points.toString().strip(), stroke, dash);
	}

	private static void stack(List<Chart.Bar> bars, TcoMatrix matrix, int year, double x, double width, Scale scale,
			double opacity, String kind) {
		double base = 0;
		for (CostCategory category : CostCategory.values()) {
			double value = Math.max(0, matrix.cell(category, year).doubleValue());
			if (value == 0) {
				continue;
			}
			double top = scale.y(base + value);
			double bottom = scale.y(base);
			bars.add(new Chart.Bar(round(x), round(top), round(width), round(Math.max(0.5, bottom - top)),
					opacity < 1 ? shade(PALETTE[category.ordinal()]) : PALETTE[category.ordinal()],
					kind + " " + category.name() + " " + matrix.cell(category, year).toPlainString()));
			base += value;
		}
	}

	private static String shade(String hex) {
		// the actual bar: the same hue, lighter, so planned and actual stand apart
		int r = Integer.parseInt(hex.substring(1, 3), 16);
		int g = Integer.parseInt(hex.substring(3, 5), 16);
		int b = Integer.parseInt(hex.substring(5, 7), 16);
		return String.format("#%02x%02x%02x", (r + 255) / 2, (g + 255) / 2, (b + 255) / 2);
	}

	private static double positiveTotal(TcoMatrix matrix, int year) {
		double total = 0;
		for (CostCategory category : CostCategory.values()) {
			total += Math.max(0, matrix.cell(category, year).doubleValue());
		}
		return total;
	}

	private static String point(double x, double y) {
		return round(x) + "," + round(y) + " ";
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** Maps amounts to the plot's y coordinates, with five round ticks. */
	private static final class Scale {

		private final double min;

		private final double max;

		Scale(double min, double max) {
			double span = max - min;
			if (span <= 0) {
				span = 1;
			}
			double step = niceStep(span / 5);
			this.min = Math.floor(min / step) * step;
			this.max = Math.max(this.min + step, Math.ceil(max / step) * step);
		}

		double y(double value) {
			return round(TOP + (HEIGHT - TOP - BOTTOM) * (this.max - value) / (this.max - this.min));
		}

		List<Chart.Tick> ticks() {
			List<Chart.Tick> ticks = new ArrayList<>();
			double step = (this.max - this.min) / 5;
			DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
			for (int i = 0; i <= 5; i++) {
				double value = this.min + step * i;
				ticks.add(new Chart.Tick(y(value), format.format(value)));
			}
			return ticks;
		}

		private static double niceStep(double raw) {
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double fraction = raw / magnitude;
			double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
			return nice * magnitude;
		}

	}

}
