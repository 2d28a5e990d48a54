package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ScheduleComparison;
import com.crmtracker.scorecard.MeasurementView;
import com.crmtracker.scorecard.PerspectiveView;
import com.crmtracker.scorecard.Thresholds;

/**
 * The charts of the pages and the board pack, made from the modules' records: what to
 * show and in which colour; {@link ChartSvg} draws them.
 */
public final class Charts {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

	private Charts() {
	}

	/** Planned and actual cost by TCO year, stacked by category: two bars a year. */
	public static BarChart tco(TcoReport report) {
		List<BarChart.Group> groups = new ArrayList<>();
		for (int year = 1; year <= TcoReport.HORIZON; year++) {
			groups.add(new BarChart.Group(Text.of("chart.year", year),
					List.of(byCategory(report.planned(), year, Text.of("chart.planned"), false),
							byCategory(report.actual(), year, Text.of("chart.actual"), true))));
		}
		return new BarChart("tco-chart", Text.of("chart.tco.title"), Text.of("chart.tco.desc", report.currency()),
				groups, List.of(), List.of());
	}

	/** The planned five-year TCO by year, stacked by category (dashboard, board pack). */
	public static BarChart plannedTco(TcoReport report) {
		List<BarChart.Group> groups = new ArrayList<>();
		for (int year = 1; year <= TcoReport.HORIZON; year++) {
			groups.add(new BarChart.Group(Text.of("chart.year", year),
					List.of(byCategory(report.planned(), year, Text.of("chart.planned"), false))));
		}
		return new BarChart("dashboard-tco-chart", Text.of("chart.plannedTco.title"),
				Text.of("chart.plannedTco.desc", report.currency()), groups, List.of(), List.of());
	}

	private static BarChart.Bar byCategory(TcoMatrix matrix, int year, Text name, boolean light) {
		List<BarChart.Segment> segments = new ArrayList<>();
		for (CostCategory category : CostCategory.values()) {
			segments.add(new BarChart.Segment(Palette.of(category), Text.of("cost.category." + category.name()),
					matrix.cell(category, year)));
		}
		return new BarChart.Bar(name, light, segments);
	}

	/**
	 * Net cash flow of each year (bars, below zero when costs exceed benefits) and its
	 * running sum (lines), planned and realised, with the payback points.
	 */
	public static BarChart cashFlow(BusinessCaseResult planned, BusinessCaseResult actual) {
		List<BarChart.Group> groups = new ArrayList<>();
		for (int year = 1; year <= TcoReport.HORIZON; year++) {
			groups.add(new BarChart.Group(Text.of("chart.year", year), List.of(
					new BarChart.Bar(null, false,
							List.of(new BarChart.Segment(Palette.PLANNED, Text.of("chart.cashFlow.plannedNet"),
									planned.netByYear().get(year - 1)))),
					new BarChart.Bar(null, false, List.of(new BarChart.Segment(Palette.ACTUAL,
							Text.of("chart.cashFlow.actualNet"), actual.netByYear().get(year - 1)))))));
		}
		List<Line> lines = List.of(
				new Line(Palette.PLANNED, Text.of("chart.cashFlow.plannedCumulative"), planned.cumulativeNet(), false),
				new Line(Palette.ACTUAL, Text.of("chart.cashFlow.actualCumulative"), actual.cumulativeNet(), true));
		List<BarChart.Marker> markers = new ArrayList<>();
		for (BusinessCaseResult result : List.of(planned, actual)) {
			if (result.paybackYears() != null) {
				// the lines join year ends at the groups' centres: year y ends at
				// position y − 1
				markers.add(new BarChart.Marker(result.paybackYears().doubleValue() - 1, BigDecimal.ZERO,
						result == planned ? Palette.PLANNED : Palette.ACTUAL, Text.of("chart.payback",
								result.paybackYears().setScale(2, RoundingMode.HALF_EVEN).toPlainString())));
			}
		}
		return new BarChart("cash-flow-chart", Text.of("chart.cashFlow.title"), Text.of("chart.cashFlow.desc"), groups,
				lines, markers);
	}

	/** PV, EV and AC by month, with the as-of line at the last month with an EV. */
	public static LineChart sCurve(String id, List<EarnedValuePoint> points) {
		List<String> months = points.stream().map(p -> p.date().format(MONTH)).toList();
		int asOf = -1;
		for (int i = 0; i < points.size(); i++) {
			if (points.get(i).ev() != null) {
				asOf = i;
			}
		}
		List<Line> lines = List.of(
				new Line(Palette.PLANNED, Text.of("chart.pv"), values(points, EarnedValuePoint::pv), false),
				new Line(Palette.EARNED, Text.of("chart.ev"), values(points, EarnedValuePoint::ev), false),
				new Line(Palette.ACTUAL, Text.of("chart.ac"), values(points, EarnedValuePoint::ac), true));
		return new LineChart(id, Text.of("chart.sCurve.title"), Text.of("chart.sCurve.desc"), months, lines,
				asOf == points.size() - 1 ? -1 : asOf, List.of(), true, false);
	}

	private static List<BigDecimal> values(List<EarnedValuePoint> points,
			Function<EarnedValuePoint, BigDecimal> value) {
		List<BigDecimal> values = new ArrayList<>();
		points.forEach(p -> values.add(value.apply(p)));
		return values;
	}

	/** The perspectives' scores on 0..1, coloured by status, with the thresholds. */
	public static ScoreBars perspectives(String id, List<PerspectiveView> perspectives, Thresholds thresholds) {
		List<ScoreBars.Score> scores = new ArrayList<>();
		for (PerspectiveView p : perspectives) {
			scores.add(new ScoreBars.Score(p.perspective().name(),
					Text.of("scorecard.perspective." + p.perspective().name()), p.score(),
					Palette.of(p.score() == null ? null : p.status())));
		}
		return new ScoreBars(id, Text.of("chart.perspectives.title"), Text.of("chart.perspectives.desc"), scores,
				thresholds.amber(), thresholds.green());
	}

	/** A KPI's values by period, with its baseline and target. */
	public static LineChart kpiTrend(List<MeasurementView> series, BigDecimal baseline, BigDecimal target) {
		List<MeasurementView> valued = series.stream().filter(m -> m.value() != null).toList();
		List<String> periods = valued.stream().map(MeasurementView::period).toList();
		List<BigDecimal> values = valued.stream().map(MeasurementView::value).toList();
		return new LineChart("trend-chart", Text.of("chart.trend.title"), Text.of("chart.trend.desc"), periods,
				List.of(new Line(Palette.MEASURED, Text.of("chart.trend.value"), values, false)), -1,
				List.of(new LineChart.Reference(Palette.BASELINE,
						Text.of("chart.trend.baseline", ChartSvg.decimal(baseline)), baseline),
						new LineChart.Reference(Palette.GREEN, Text.of("chart.trend.target", ChartSvg.decimal(target)),
								target)),
				false, true);
	}

	/** The plan's phases over time, with the frozen schedule when a baseline is given. */
	public static TimelineChart timeline(ProjectPlan plan, ScheduleComparison baseline, Locale locale) {
		LocalDate today = plan.today();
		Map<Integer, ScheduleComparison.PhaseDrift> frozen = baseline == null ? Map.of()
				: baseline.phases()
					.stream()
					.filter(p -> p.baselineStart() != null)
					.collect(Collectors.toMap(ScheduleComparison.PhaseDrift::number, p -> p));
		List<TimelineChart.Row> rows = new ArrayList<>();
		for (PhaseView p : plan.phases()) {
			TimelineChart.Span planned = new TimelineChart.Span(p.plannedStart(), p.plannedEnd());
			TimelineChart.Span actual = p.actualStart() == null ? null
					: new TimelineChart.Span(p.actualStart(), p.actualEnd() != null ? p.actualEnd() : today);
			ScheduleComparison.PhaseDrift f = frozen.get(p.number());
			TimelineChart.Span ghost = f == null ? null : new TimelineChart.Span(f.baselineStart(), f.baselineEnd());
			List<TimelineChart.Deliverable> deliverables = new ArrayList<>();
			for (DeliverableView d : p.deliverables()) {
				TimelineChart.State state = d.complete() ? TimelineChart.State.DONE
						: d.overdue() ? TimelineChart.State.OVERDUE : TimelineChart.State.OPEN;
				deliverables
					.add(new TimelineChart.Deliverable(d.dueDate(), state, d.name(locale) + " · " + d.dueDate()));
			}
			rows.add(new TimelineChart.Row(p.number(), p.number() + ". " + p.name(locale), p.status().name(), planned,
					actual, ghost, deliverables));
		}
		return new TimelineChart("timeline", Text.of("timeline.title"), Text.of("timeline.caption"), today, rows,
				!frozen.isEmpty());
	}

}
