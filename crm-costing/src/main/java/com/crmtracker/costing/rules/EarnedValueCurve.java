package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.project.PhaseSchedule;

/**
 * The S-curve of PV, EV and AC (DOMAIN.md §6): one point per month at the month's last
 * day, the point of the as-of month at the as-of date and that of today's month at today;
 * PV at every point, EV and AC only up to the as-of date (never after today). EV at each
 * point is {@link EarnedValueCalculator#at} of that date; AC sums actual DEVELOPMENT cost
 * by month. Plain Java.
 */
public final class EarnedValueCurve {

	/** At most ten years of months are drawn. */
	static final int MAX_MONTHS = 120;

	private EarnedValueCurve() {
	}

	/**
	 * @param from the first month drawn
	 * @param to the last month drawn
	 * @param asOf the date EV and AC are drawn to
	 * @param today today: no EV or AC after it, and its month's point is at it
	 * @param actualByMonth actual DEVELOPMENT cost by first day of month
	 * @param actualAsOf actual DEVELOPMENT cost on or before the as-of date (or today, if
	 * earlier)
	 */
	public static List<EarnedValuePoint> monthly(LocalDate from, LocalDate to, LocalDate asOf, LocalDate today,
			List<PhaseSchedule> phases, Map<Integer, BigDecimal> budgets, Map<LocalDate, BigDecimal> actualByMonth,
			BigDecimal actualAsOf) {
		LocalDate cut = asOf.isAfter(today) ? today : asOf;
		List<EarnedValuePoint> points = new ArrayList<>();
		YearMonth first = YearMonth.from(from);
		YearMonth last = YearMonth.from(to);
		if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
			first = last.minusMonths(MAX_MONTHS - 1);
		}
		YearMonth cutMonth = YearMonth.from(cut);
		YearMonth todayMonth = YearMonth.from(today);
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
			LocalDate date = month.equals(cutMonth) ? cut : month.equals(todayMonth) ? today : month.atEndOfMonth();
			if (month.isAfter(cutMonth)) {
				BigDecimal pv = EarnedValueCalculator.at(date, phases, budgets, BigDecimal.ZERO).pv();
				points.add(new EarnedValuePoint(date, pv, null, null));
			}
			else {
				BigDecimal ac = month.equals(cutMonth) ? actualAsOf : actual;
				EarnedValueResult ev = EarnedValueCalculator.at(date, phases, budgets, ac);
				points.add(new EarnedValuePoint(date, ev.pv(), ev.ev(), ac));
			}
		}
		return points;
	}

}
