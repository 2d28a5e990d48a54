package com.crmtracker.web.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ScheduleComparison;

/**
 * The geometry of the server-rendered SVG timeline: one row per phase with its planned
 * bar, actual bar, baseline ghost bar and deliverable diamonds, month ticks and a line
 * for today. The template only draws what this computes.
 */
public record Timeline(int width, int height, int chartLeft, int chartRight, List<Row> rows, List<Tick> ticks,
		Double todayX, int legendY) {

	static final int WIDTH = 1100;

	static final int LABEL_WIDTH = 230;

	static final int TOP = 28;

	static final int ROW_HEIGHT = 34;

	public record Bar(double x, double width) {
	}

	public record Diamond(double x, String css, String title) {

		/** The diamond's outline as SVG polygon points around (x, y). */
		public String points(double y) {
			return String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f", this.x, y - 6, this.x + 6, y,
					this.x, y + 6, this.x - 6, y);
		}

	}

	public record Row(int number, String label, double y, Bar planned, Bar actual, Bar baseline, List<Diamond> diamonds,
			String status) {

		public String diamondPoints(Diamond d) {
			return d.points(this.y + ROW_HEIGHT - 9);
		}

	}

	public record Tick(double x, String label) {
	}

	public static Timeline of(ProjectPlan plan, ScheduleComparison baseline, Locale locale) {
		LocalDate today = plan.today();
		Map<Integer, ScheduleComparison.PhaseDrift> frozen = baseline == null ? Map.of()
				: baseline.phases()
					.stream()
					.filter(p -> p.baselineStart() != null)
					.collect(java.util.stream.Collectors.toMap(ScheduleComparison.PhaseDrift::number, p -> p));
		List<LocalDate> dates = new ArrayList<>();
		dates.add(today);
		for (PhaseView p : plan.phases()) {
			Stream.of(p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd())
				.filter(java.util.Objects::nonNull)
				.forEach(dates::add);
			p.deliverables().forEach(d -> dates.add(d.dueDate()));
		}
		frozen.values().forEach(f -> {
			dates.add(f.baselineStart());
			dates.add(f.baselineEnd());
		});
		LocalDate from = dates.stream().min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
		LocalDate to = dates.stream().max(LocalDate::compareTo).orElse(today).plusMonths(1).withDayOfMonth(1);
		double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
		int chartLeft = LABEL_WIDTH;
		int chartRight = WIDTH - 10;
		double scale = (chartRight - chartLeft) / days;
		java.util.function.Function<LocalDate, Double> x = d -> chartLeft + ChronoUnit.DAYS.between(from, d) * scale;

		List<Row> rows = new ArrayList<>();
		double y = TOP;
		for (PhaseView p : plan.phases()) {
			Bar planned = bar(x, p.plannedStart(), p.plannedEnd(), scale);
			Bar actual = p.actualStart() == null ? null
					: bar(x, p.actualStart(), p.actualEnd() != null ? p.actualEnd() : today, scale);
			ScheduleComparison.PhaseDrift f = frozen.get(p.number());
			Bar ghost = f == null ? null : bar(x, f.baselineStart(), f.baselineEnd(), scale);
			List<Diamond> diamonds = new ArrayList<>();
			for (DeliverableView d : p.deliverables()) {
				String css = d.complete() ? "tl-done" : d.overdue() ? "tl-overdue" : "tl-open";
				diamonds.add(new Diamond(x.apply(d.dueDate()) + scale / 2, css, d.name(locale) + " · " + d.dueDate()));
			}
			rows.add(new Row(p.number(), p.number() + ". " + p.name(locale), y, planned, actual, ghost, diamonds,
					p.status().name()));
			y += ROW_HEIGHT;
		}
		List<Tick> ticks = new ArrayList<>();
		long months = ChronoUnit.MONTHS.between(from, to);
		int every = months > 24 ? 3 : months > 12 ? 2 : 1;
		for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(every)) {
			if (x.apply(m) > chartRight - 50) {
				// no room for the label at the right edge
				break;
			}
			ticks.add(new Tick(x.apply(m), String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue())));
		}
		int legendY = (int) y + 14;
		return new Timeline(WIDTH, legendY + 24, chartLeft, chartRight, rows, ticks, x.apply(today) + scale / 2,
				legendY);
	}

	private static Bar bar(java.util.function.Function<LocalDate, Double> x, LocalDate start, LocalDate end,
			double scale) {
		double left = x.apply(start);
		// a phase ends at the end of its last day
		double right = x.apply(end) + scale;
		return new Bar(left, Math.max(2, right - left));
	}

}
