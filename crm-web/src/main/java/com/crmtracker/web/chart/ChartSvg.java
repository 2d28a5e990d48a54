package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.crmtracker.web.support.Numbers;

/**
 * Draws a {@link Chart} as inline SVG: one value axis with 1-2-5 ticks and a labelled
 * zero, x labels thinned so they never overlap, one legend, one palette. The
 * {@code viewBox} fixes the geometry and the width is 100%, so a chart scales to its box.
 */
public final class ChartSvg {

	/** The width of the compact charts, in user units. */
	static final double WIDTH = 480;

	/** The timeline is wider; on a phone its box scrolls sideways. */
	static final double TIMELINE_WIDTH = 960;

	static final double FONT = 14;

	static final double SMALL = 13;

	static final String FONT_FAMILY = "WenQuanYi Micro Hei, sans-serif";

	static final double PLOT_HEIGHT = 190;

	static final double TOP = 12;

	static final double LEGEND_ROW = 20;

	/** A dashed series: dash and dot, unlike the dashed as-of and today lines. */
	static final String DASH_DOT = "8 3 2 3";

	private ChartSvg() {
	}

	public static String render(Chart chart, Texts texts) {
		if (chart instanceof BarChart bars) {
			return bars(bars, texts);
		}
		if (chart instanceof LineChart lines) {
			return lines(lines, texts);
		}
		if (chart instanceof ScoreBars scores) {
			return scores(scores, texts);
		}
		return timeline((TimelineChart) chart, texts);
	}

	// ---- vertical bars ----

	private static String bars(BarChart chart, Texts texts) {
		double min = 0;
		double max = 0;
		for (BarChart.Group group : chart.groups()) {
			for (BarChart.Bar bar : group.bars()) {
				double up = 0;
				double down = 0;
				for (BarChart.Segment s : bar.segments()) {
					double v = s.value().doubleValue();
					if (v > 0) {
						up += v;
					}
					else {
						down += v;
					}
				}
				max = Math.max(max, up);
				min = Math.min(min, down);
			}
		}
		for (Line line : chart.lines()) {
			for (BigDecimal v : line.values()) {
				if (v != null) {
					min = Math.min(min, v.doubleValue());
					max = Math.max(max, v.doubleValue());
				}
			}
		}
		Axis axis = Axis.fromZero(min, max);
		List<String> labels = chart.groups().stream().map(g -> g.label().in(texts)).toList();
		double left = axisWidth(axis) + 12;
		double right = WIDTH - 12;
		Plot plot = new Plot(left, right, TOP, TOP + PLOT_HEIGHT, axis);
		int n = Math.max(1, chart.groups().size());
		double slot = (right - left) / n;
		Svg body = new Svg();
		valueAxis(body, plot);
		for (int i = 0; i < chart.groups().size(); i++) {
			BarChart.Group group = chart.groups().get(i);
			int k = Math.max(1, group.bars().size());
			double barWidth = Math.min(44, slot * 0.72 / k);
			double total = k * barWidth + (k - 1) * 3;
			double x = left + slot * i + (slot - total) / 2;
			for (BarChart.Bar bar : group.bars()) {
				stack(body, plot, bar, x, barWidth, labels.get(i), texts);
				x += barWidth + 3;
			}
		}
		zeroLine(body, plot);
		if (chart.empty()) {
			nothing(body, plot, texts);
		}
		for (Line line : chart.lines()) {
			polyline(body, plot, line, i -> left + slot * (i + 0.5), texts);
		}
		for (BarChart.Marker marker : chart.markers()) {
			body.titled("circle", marker.title().in(texts), "cx", left + slot * (marker.position() + 0.5), "cy",
					plot.y(marker.value().doubleValue()), "r", 5.0, "fill", marker.colour(), "stroke", "#ffffff",
					"stroke-width", 2);
		}
		xLabels(body, labels, i -> left + slot * (i + 0.5), slot, plot.bottom() + 18);
		Map<String, Swatch> legend = new LinkedHashMap<>();
		for (BarChart.Group group : chart.groups()) {
			for (BarChart.Bar bar : group.bars()) {
				for (BarChart.Segment s : bar.segments()) {
					if (s.value().signum() != 0) {
						String text = s.legend().in(texts);
						legend.putIfAbsent(s.colour() + text, new Swatch(s.colour(), text, Swatch.BOX));
					}
				}
			}
		}
		if (!chart.groups().isEmpty() && chart.groups().get(0).bars().size() > 1) {
			for (BarChart.Bar bar : chart.groups().get(0).bars()) {
				if (bar.name() != null) {
					String colour = bar.light() ? light(Palette.MUTED) : Palette.MUTED;
					legend.putIfAbsent("bar" + bar.name(), new Swatch(colour, bar.name().in(texts), Swatch.BOX));
				}
			}
		}
		for (Line line : chart.lines()) {
			legend.putIfAbsent("line" + line.colour(), swatch(line, texts));
		}
		double height = legend(body, new ArrayList<>(legend.values()), 8, plot.bottom() + 34, WIDTH);
		return frame(chart, texts, WIDTH, height, body);
	}

	private static void stack(Svg body, Plot plot, BarChart.Bar bar, double x, double width, String group,
			Texts texts) {
		double up = 0;
		double down = 0;
		for (BarChart.Segment s : bar.segments()) {
			double v = s.value().doubleValue();
			if (v == 0) {
				continue;
			}
			double from = v > 0 ? up : down;
			double to = from + v;
			double top = plot.y(Math.max(from, to));
			double bottom = plot.y(Math.min(from, to));
			String title = group + (bar.name() == null ? "" : " · " + bar.name().in(texts)) + " · "
					+ s.legend().in(texts) + ": " + amount(s.value());
			body.titled("rect", title, "x", x, "y", top, "width", width, "height", Math.max(0.5, bottom - top), "fill",
					bar.light() ? light(s.colour()) : s.colour(), "stroke", "#ffffff", "stroke-width", 0.6);
			if (v > 0) {
				up = to;
			}
			else {
				down = to;
			}
		}
	}

	// ---- lines ----

	private static String lines(LineChart chart, Texts texts) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Line line : chart.lines()) {
			for (BigDecimal v : line.values()) {
				if (v != null) {
					min = Math.min(min, v.doubleValue());
					max = Math.max(max, v.doubleValue());
				}
			}
		}
		for (LineChart.Reference r : chart.references()) {
			min = Math.min(min, r.value().doubleValue());
			max = Math.max(max, r.value().doubleValue());
		}
		if (min > max) {
			min = 0;
			max = 0;
		}
		Axis axis = chart.fromZero() ? Axis.fromZero(min, max) : Axis.covering(min, max);
		List<String> labels = chart.positions();
		double edge = labels.isEmpty() ? 0
				: Math.max(Labels.width(labels.get(0), SMALL), Labels.width(labels.get(labels.size() - 1), SMALL)) / 2
						+ 4;
		double left = Math.max(axisWidth(axis) + 12, edge);
		double right = WIDTH - Math.max(12, edge);
		Plot plot = new Plot(left, right, TOP + (chart.pointLabels() ? 8 : 0),
				TOP + PLOT_HEIGHT + (chart.pointLabels() ? 8 : 0), axis);
		int n = labels.size();
		double step = n <= 1 ? 0 : (right - left) / (n - 1);
		java.util.function.IntFunction<Double> x = i -> n <= 1 ? (left + right) / 2 : left + step * i;
		Svg body = new Svg();
		valueAxis(body, plot);
		zeroLine(body, plot);
		if (chart.empty()) {
			nothing(body, plot, texts);
		}
		List<Swatch> legend = new ArrayList<>();
		for (LineChart.Reference r : chart.references()) {
			body.empty("line", "x1", left, "x2", right, "y1", plot.y(r.value().doubleValue()), "y2",
					plot.y(r.value().doubleValue()), "stroke", r.colour(), "stroke-width", 1.5, "stroke-dasharray",
					"5 4");
			legend.add(new Swatch(r.colour(), r.label().in(texts), Swatch.DASHED));
		}
		if (chart.asOf() >= 0 && chart.asOf() < n) {
			body.empty("line", "x1", x.apply(chart.asOf()), "x2", x.apply(chart.asOf()), "y1", plot.top(), "y2",
					plot.bottom(), "stroke", Palette.TODAY, "stroke-width", 1.5, "stroke-dasharray", "5 3");
		}
		for (Line line : chart.lines()) {
			polyline(body, plot, line, x::apply, texts);
			legend.add(swatch(line, texts));
			if (chart.pointLabels()) {
				for (int i = 0; i < line.values().size(); i++) {
					BigDecimal v = line.values().get(i);
					if (v == null) {
						continue;
					}
					String shown = decimal(v);
					body.titled("circle", labels.get(i) + ": " + shown, "cx", x.apply(i), "cy", plot.y(v.doubleValue()),
							"r", 4.0, "fill", line.colour());
					body.text("text", shown, "x", x.apply(i), "y", plot.y(v.doubleValue()) - 8, "text-anchor", "middle",
							"font-size", SMALL, "fill", Palette.INK);
				}
			}
		}
		if (chart.asOf() >= 0 && chart.asOf() < n) {
			legend.add(new Swatch(Palette.TODAY, texts.text("chart.asOf"), Swatch.DASHED));
		}
		xLabels(body, labels, x::apply, step == 0 ? right - left : step, plot.bottom() + 18);
		double height = legend(body, legend, 8, plot.bottom() + 34, WIDTH);
		return frame(chart, texts, WIDTH, height, body);
	}

	// ---- score bars ----

	private static String scores(ScoreBars chart, Texts texts) {
		double row = 32;
		double widest = 0;
		for (ScoreBars.Score s : chart.scores()) {
			widest = Math.max(widest, Labels.width(s.label().in(texts), FONT));
		}
		double labelWidth = Math.min(WIDTH * 0.38, widest + 12);
		double left = labelWidth;
		double right = WIDTH - 44;
		Axis axis = Axis.covering(0, 1);
		double top = 6;
		double bottom = top + row * chart.scores().size();
		Svg body = new Svg();
		for (BigDecimal tick : axis.ticks()) {
			double x = left + (right - left) * axis.fraction(tick.doubleValue());
			body.empty("line", "x1", x, "x2", x, "y1", top, "y2", bottom, "stroke", Palette.GRID, "stroke-width", 1);
			body.text("text", Axis.label(tick), "x", x, "y", bottom + 16, "text-anchor", "middle", "font-size", SMALL,
					"fill", Palette.MUTED);
		}
		for (int i = 0; i < chart.scores().size(); i++) {
			ScoreBars.Score s = chart.scores().get(i);
			double y = top + row * i + 6;
			String label = s.label().in(texts);
			label(body, label, labelWidth - 12, "x", left - 8, "y", y + 14, "text-anchor", "end", "fill", Palette.INK);
			body.empty("rect", "x", left, "y", y, "width", right - left, "height", 20.0, "fill", Palette.TRACK);
			if (s.score() == null) {
				body.text("text", texts.text("chart.noScore"), "x", left + 6, "y", y + 14, "font-size", SMALL, "fill",
						Palette.MUTED);
				continue;
			}
			double length = (right - left) * Math.max(0, Math.min(1, s.score().doubleValue()));
			String shown = s.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
			body.titled("rect", label + ": " + shown, "id", "bar-" + s.code(), "x", left, "y", y, "width",
					Math.max(0.5, length), "height", 20.0, "fill", s.colour());
			body.text("text", shown, "x", right + 6, "y", y + 14, "fill", Palette.INK);
		}
		List<Swatch> legend = new ArrayList<>();
		// the thresholds in ink, told apart by their dashes: pale amber would not show
		for (Object[] threshold : new Object[][] { { chart.amber(), "2 3", "chart.threshold.amber" },
				{ chart.green(), "7 3", "chart.threshold.green" } }) {
			BigDecimal value = (BigDecimal) threshold[0];
			double x = left + (right - left) * value.doubleValue();
			body.empty("line", "x1", x, "x2", x, "y1", top - 4, "y2", bottom, "stroke", Palette.INK, "stroke-width",
					1.5, "stroke-dasharray", threshold[1]);
			legend.add(new Swatch(Palette.INK, texts.text((String) threshold[2], decimal(value)), Swatch.DASHED,
					(String) threshold[1]));
		}
		double height = legend(body, legend, 8, bottom + 32, WIDTH);
		return frame(chart, texts, WIDTH, height, body);
	}

	// ---- timeline ----

	private static String timeline(TimelineChart chart, Texts texts) {
		double width = TIMELINE_WIDTH;
		double row = 30;
		double top = 26;
		LocalDate today = chart.today();
		List<LocalDate> dates = new ArrayList<>();
		dates.add(today);
		for (TimelineChart.Row r : chart.rows()) {
			for (TimelineChart.Span span : new TimelineChart.Span[] { r.planned(), r.actual(), r.baseline() }) {
				if (span != null) {
					dates.add(span.start());
					dates.add(span.end());
				}
			}
			r.deliverables().forEach(d -> dates.add(d.due()));
		}
		LocalDate from = dates.stream().min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
		LocalDate to = dates.stream().max(LocalDate::compareTo).orElse(today).plusMonths(1).withDayOfMonth(1);
		double widest = 0;
		for (TimelineChart.Row r : chart.rows()) {
			widest = Math.max(widest, Labels.width(r.label(), FONT));
		}
		double left = Math.min(300, Math.max(120, widest + 12));
		double right = width - 12;
		double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
		double scale = (right - left) / days;
		java.util.function.Function<LocalDate, Double> x = d -> left + ChronoUnit.DAYS.between(from, d) * scale;
		double bottom = top + row * chart.rows().size();
		Svg body = new Svg();
		List<String> months = new ArrayList<>();
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
			months.add(String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()));
			starts.add(m);
		}
		// label from the month's start: a label needs a month's width at the shortest
		int every = Labels.every(months, 28 * scale, SMALL);
		for (int i = 0; i < starts.size(); i++) {
			LocalDate m = starts.get(i);
			if ((m.getYear() * 12 + m.getMonthValue() - 1) % every != 0) {
				continue;
			}
			double mx = x.apply(m);
			body.empty("line", "x1", mx, "x2", mx, "y1", top - 8, "y2", bottom, "stroke", Palette.GRID, "stroke-width",
					1);
			if (mx + 3 + Labels.width(months.get(i), SMALL) <= width) {
				body.text("text", months.get(i), "x", mx + 3, "y", top - 12, "font-size", SMALL, "fill", Palette.MUTED);
			}
		}
		String plannedFill = light(light(Palette.PLANNED));
		for (int i = 0; i < chart.rows().size(); i++) {
			TimelineChart.Row r = chart.rows().get(i);
			double y = top + row * i;
			body.open("g", "data-phase", r.number(), "data-status", r.status());
			label(body, r.label(), left - 12, "x", 4.0, "y", y + 19, "fill", Palette.INK);
			if (r.baseline() != null) {
				body.titled("rect", texts.text("timeline.baseline"), "x", x.apply(r.baseline().start()), "y", y + 3,
						"width", spanWidth(x, r.baseline(), scale), "height", 14.0, "fill", "none", "stroke",
						Palette.BASELINE, "stroke-width", 1.5, "stroke-dasharray", "4 3");
			}
			if (r.planned() != null) {
				body.titled("rect", texts.text("timeline.planned"), "x", x.apply(r.planned().start()), "y", y + 5,
						"width", spanWidth(x, r.planned(), scale), "height", 10.0, "fill", plannedFill, "stroke",
						Palette.PLANNED, "stroke-width", 1);
			}
			if (r.actual() != null) {
				body.titled("rect", texts.text("timeline.actual"), "x", x.apply(r.actual().start()), "y", y + 17,
						"width", spanWidth(x, r.actual(), scale), "height", 7.0, "fill", Palette.PLANNED);
			}
			for (TimelineChart.Deliverable d : r.deliverables()) {
				double dx = x.apply(d.due()) + scale / 2;
				body.titled("polygon", d.title(), "points", diamond(dx, y + 10, 6), "fill", fill(d.state()), "stroke",
						d.state() == TimelineChart.State.OPEN ? Palette.INK : fill(d.state()), "stroke-width", 1.5);
			}
			body.close("g");
		}
		double todayX = x.apply(today) + scale / 2;
		body.empty("line", "x1", todayX, "x2", todayX, "y1", top - 10, "y2", bottom, "stroke", Palette.TODAY,
				"stroke-width", 2, "stroke-dasharray", "6 3");
		List<Swatch> legend = new ArrayList<>();
		legend.add(new Swatch(plannedFill, texts.text("timeline.planned"), Swatch.BOX));
		legend.add(new Swatch(Palette.PLANNED, texts.text("timeline.actual"), Swatch.BOX));
		if (chart.baseline()) {
			legend.add(new Swatch(Palette.BASELINE, texts.text("timeline.baseline"), Swatch.OUTLINE));
		}
		legend.add(new Swatch(fill(TimelineChart.State.DONE), texts.text("timeline.done"), Swatch.DIAMOND));
		legend.add(new Swatch("#ffffff", texts.text("timeline.open"), Swatch.DIAMOND));
		legend.add(new Swatch(fill(TimelineChart.State.OVERDUE), texts.text("timeline.overdue"), Swatch.DIAMOND));
		legend.add(new Swatch(Palette.TODAY, texts.text("timeline.today"), Swatch.DASHED));
		double height = legend(body, legend, left, bottom + 12, width);
		return frame(chart, texts, width, height, body);
	}

	private static String fill(TimelineChart.State state) {
		return switch (state) {
			case DONE -> Palette.GREEN;
			case OPEN -> "#ffffff";
			case OVERDUE -> Palette.TODAY;
		};
	}

	private static double spanWidth(java.util.function.Function<LocalDate, Double> x, TimelineChart.Span span,
			double scale) {
		// a span ends at the end of its last day
		return Math.max(2, x.apply(span.end()) + scale - x.apply(span.start()));
	}

	private static String diamond(double x, double y, double r) {
		return Svg.number(x) + "," + Svg.number(y - r) + " " + Svg.number(x + r) + "," + Svg.number(y) + " "
				+ Svg.number(x) + "," + Svg.number(y + r) + " " + Svg.number(x - r) + "," + Svg.number(y);
	}

	// ---- shared parts ----

	private record Plot(double left, double right, double top, double bottom, Axis axis) {

		double y(double value) {
			return this.bottom - (this.bottom - this.top) * this.axis.fraction(value);
		}

	}

	private record Swatch(String colour, String text, int kind, String dashes) {

		Swatch(String colour, String text, int kind) {
			this(colour, text, kind, "4 3");
		}

		static final int BOX = 0;

		static final int LINE = 1;

		static final int DASHED = 2;

		static final int OUTLINE = 3;

		static final int DIAMOND = 4;

	}

	/** A label cut to its column; a cut label keeps the whole text as its tooltip. */
	private static void label(Svg body, String text, double maxWidth, Object... attributes) {
		String shown = Labels.fit(text, maxWidth, FONT);
		if (shown.equals(text)) {
			body.text("text", text, attributes);
			return;
		}
		body.open("text", attributes).text("title", text).text("tspan", shown).close("text");
	}

	private static Swatch swatch(Line line, Texts texts) {
		return line.dashed() ? new Swatch(line.colour(), line.legend().in(texts), Swatch.DASHED, DASH_DOT)
				: new Swatch(line.colour(), line.legend().in(texts), Swatch.LINE);
	}

	/** A note in the middle of a plot with nothing to show. */
	private static void nothing(Svg body, Plot plot, Texts texts) {
		body.text("text", texts.text("chart.empty"), "x", (plot.left() + plot.right()) / 2, "y",
				(plot.top() + plot.bottom()) / 2, "text-anchor", "middle", "fill", Palette.MUTED);
	}

	private static double axisWidth(Axis axis) {
		double widest = 0;
		for (String label : axis.labels()) {
			widest = Math.max(widest, Labels.width(label, SMALL));
		}
		return widest;
	}

	private static void valueAxis(Svg body, Plot plot) {
		for (BigDecimal tick : plot.axis().ticks()) {
			double y = plot.y(tick.doubleValue());
			body.empty("line", "x1", plot.left(), "x2", plot.right(), "y1", y, "y2", y, "stroke", Palette.GRID,
					"stroke-width", 1);
			body.text("text", Axis.label(tick), "x", plot.left() - 6, "y", y + 4, "text-anchor", "end", "font-size",
					SMALL, "fill", Palette.MUTED);
		}
	}

	/** The line at zero, darker than the grid, drawn over the bars. */
	private static void zeroLine(Svg body, Plot plot) {
		if (plot.axis().min().signum() <= 0 && plot.axis().max().signum() >= 0) {
			double y = plot.y(0);
			body.empty("line", "x1", plot.left(), "x2", plot.right(), "y1", y, "y2", y, "stroke", Palette.MUTED,
					"stroke-width", 1.2);
		}
	}

	private static void polyline(Svg body, Plot plot, Line line, java.util.function.IntFunction<Double> x,
			Texts texts) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < line.values().size(); i++) {
			BigDecimal v = line.values().get(i);
			if (v != null) {
				points.append(Svg.number(x.apply(i)))
					.append(',')
					.append(Svg.number(plot.y(v.doubleValue())))
					.append(' ');
			}
		}
		if (points.isEmpty()) {
			return;
		}
		body.titled("polyline", line.legend().in(texts), "points", points.toString().strip(), "fill", "none", "stroke",
				line.colour(), "stroke-width", 2.5, "stroke-linejoin", "round", "stroke-dasharray",
				line.dashed() ? DASH_DOT : null);
	}

	private static void xLabels(Svg body, List<String> labels, java.util.function.IntFunction<Double> x, double spacing,
			double y) {
		int every = Labels.every(labels, spacing, SMALL);
		for (int i = 0; i < labels.size(); i += every) {
			body.text("text", labels.get(i), "x", x.apply(i), "y", y, "text-anchor", "middle", "font-size", SMALL,
					"fill", Palette.MUTED);
		}
	}

	/** Lays the legend out in rows that wrap at the width; answers the chart's height. */
	private static double legend(Svg body, List<Swatch> items, double left, double top, double width) {
		double x = left;
		double y = top;
		for (Swatch item : items) {
			double itemWidth = 22 + Labels.width(item.text(), SMALL) + 16;
			if (x > left && x + itemWidth > width - 4) {
				x = left;
				y += LEGEND_ROW;
			}
			switch (item.kind()) {
				case Swatch.LINE -> body.empty("line", "x1", x, "x2", x + 16, "y1", y - 4, "y2", y - 4, "stroke",
						item.colour(), "stroke-width", 3);
				case Swatch.DASHED -> body.empty("line", "x1", x, "x2", x + 16, "y1", y - 4, "y2", y - 4, "stroke",
						item.colour(), "stroke-width", 2.5, "stroke-dasharray", item.dashes());
				case Swatch.OUTLINE -> body.empty("rect", "x", x + 1, "y", y - 11, "width", 14.0, "height", 12.0,
						"fill", "none", "stroke", item.colour(), "stroke-width", 1.5, "stroke-dasharray", "4 3");
				case Swatch.DIAMOND -> body.empty("polygon", "points", diamond(x + 8, y - 5, 6), "fill", item.colour(),
						"stroke", item.colour().equals("#ffffff") ? Palette.INK : item.colour(), "stroke-width", 1.5);
				default ->
					body.empty("rect", "x", x + 2, "y", y - 11, "width", 12.0, "height", 12.0, "fill", item.colour());
			}
			body.text("text", item.text(), "x", x + 22, "y", y, "font-size", SMALL, "fill", Palette.INK);
			x += itemWidth;
		}
		return items.isEmpty() ? top : y + 8;
	}

	private static String frame(Chart chart, Texts texts, double width, double height, Svg body) {
		Svg svg = new Svg();
		String id = chart.id();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "id", id, "class", "chart", "role",
				"img", "aria-labelledby", id + "-title " + id + "-desc", "viewBox",
				"0 0 " + Svg.number(width) + " " + Svg.number(Math.ceil(height)), "width", "100%", "font-family",
				FONT_FAMILY, "font-size", FONT);
		svg.text("title", chart.title().in(texts), "id", id + "-title");
		svg.text("desc", chart.description().in(texts), "id", id + "-desc");
		return svg + body.toString() + "</svg>";
	}

	/** The same hue, halfway to white: the actual bar beside the planned one. */
	static String light(String hex) {
		int r = Integer.parseInt(hex.substring(1, 3), 16);
		int g = Integer.parseInt(hex.substring(3, 5), 16);
		int b = Integer.parseInt(hex.substring(5, 7), 16);
		return String.format("#%02x%02x%02x", (r + 255) / 2, (g + 255) / 2, (b + 255) / 2);
	}

	/** An amount for a tooltip: 1,234,567.89. */
	static String amount(BigDecimal value) {
		return Numbers.grouped(value, 2);
	}

	/** A value as people write it: 0.85, 12, 3.5. */
	static String decimal(BigDecimal value) {
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
	}

}
