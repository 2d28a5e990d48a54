package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.project.PhaseSchedule;

/**
 * The S-curve of PV, EV and AC by month end. PV follows DOMAIN.md §6 at every point. The
 * plan keeps only today's progress, so EV in past months is drawn as that progress earned
 * evenly from a phase's actual start to its actual end (or the as-of date); the as-of
 * point is exact. AC sums actual DEVELOPMENT cost by month. Plain Java.
 */
public final class EarnedValueCurve {

	/** At most ten years of months are drawn. */
	static final int MAX_MONTHS = 120;

	private static final MathContext MC = MathContext.DECIMAL64;

	private EarnedValueCurve() {
	}

	/**
	 * @param from the first month drawn
	 * @param to the last month drawn
	 * @param actualByMonth actual DEVELOPMENT cost by first day of month
	 * @param actualAsOf actual DEVELOPMENT cost on or before the as-of date
	 */
	public static List<EarnedValuePoint> monthly(LocalDate from, LocalDate to, LocalDate asOf,
			List<PhaseSchedule> phases, Map<Integer, BigDecimal> budgets, Map<LocalDate, BigDecimal> actualByMonth,
			BigDecimal actualAsOf) {
		List<EarnedValuePoint> points = new ArrayList<>();
		YearMonth first = YearMonth.from(from);
		YearMonth last = YearMonth.from(to);
		if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
			first = last.minusMonths(MAX_MONTHS - 1);
		}
		YearMonth asOfMonth = YearMonth.from(asOf);
		BigDecimal actual = actualByMonth.entrySet()
			.stream()
			.filter(e -> YearMonth.from(e.getKey()).isBefore(YearMonth.from(from)))
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		for (YearMonth month = YearMonth.from(from); !month.isAfter(last); month = month.plusMonths(1)) {
			actual = actual.add(actualByMonth.getOrDefault(month.atDay(1), BigDecimal.ZERO));
			if (month.isBefore(first)) {
				continue;
			}
			LocalDate date = month.equals(asOfMonth) ? asOf : month.atEndOfMonth();
			BigDecimal pv = EarnedValueCalculator.at(date, phases, budgets, BigDecimal.ZERO).pv();
			if (month.isAfter(asOfMonth)) {
				points.add(new EarnedValuePoint(date, pv, null, null));
			}
			else if (month.equals(asOfMonth)) {
				BigDecimal ev = EarnedValueCalculator.at(asOf, phases, budgets, actualAsOf).ev();
				points.add(new EarnedValuePoint(date, pv, ev, actualAsOf));
			}
			else {
				points.add(new EarnedValuePoint(date, pv, earnedBy(date, asOf, phases, budgets), actual));
			}
		}
		return points;
	}

	private static BigDecimal earnedBy(LocalDate date, LocalDate asOf, List<PhaseSchedule> phases,
			Map<Integer, BigDecimal> budgets) {
		BigDecimal ev = BigDecimal.ZERO;
		for (PhaseSchedule phase : phases) {
			BigDecimal budget = budgets.getOrDefault(phase.number(), BigDecimal.ZERO);
			BigDecimal progress = phase.progress() == null ? BigDecimal.ZERO : phase.progress();
			LocalDate start = phase.actualStart() != null ? phase.actualStart() : phase.plannedStart();
			if (start == null || date.isBefore(start) || progress.signum() == 0) {
				continue;
			}
			LocalDate end = phase.actualEnd() != null && phase.actualEnd().isBefore(asOf) ? phase.actualEnd() : asOf;
			BigDecimal share = !date.isBefore(end) || !end.isAfter(start) ? BigDecimal.ONE
					: BigDecimal.valueOf(ChronoUnit.DAYS.between(start, date))
						.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), MC);
			ev = ev.add(budget.multiply(progress).multiply(share, MC), MC);
		}
		return ev;
	}

}
