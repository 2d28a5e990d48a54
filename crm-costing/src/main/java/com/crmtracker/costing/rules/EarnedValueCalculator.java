package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.project.PhaseSchedule;

/**
 * Earned value from the phases of a plan, their budgets (planned DEVELOPMENT cost by
 * phase number) and the actual DEVELOPMENT cost to date (DOMAIN.md §6). EV at t counts
 * only the deliverables completed on or before t ({@link PhaseSchedule#progressAt}).
 * Besides CPI, SPI and EAC it gives SV, CV, the atypical and combined EAC, ETC, VAC and
 * TCPI. Plain Java.
 */
public final class EarnedValueCalculator {

	private static final MathContext MC = MathContext.DECIMAL64;

	private EarnedValueCalculator() {
	}

	/**
	 * @param asOf the date t
	 * @param phases the phases of the plan; budgets of phase numbers not in it are not
	 * counted
	 * @param budgets planned DEVELOPMENT cost by phase number
	 * @param actualToDate actual DEVELOPMENT cost dated on or before t
	 */
	public static EarnedValueResult at(LocalDate asOf, List<PhaseSchedule> phases, Map<Integer, BigDecimal> budgets,
			BigDecimal actualToDate) {
		BigDecimal bac = BigDecimal.ZERO;
		BigDecimal pv = BigDecimal.ZERO;
		BigDecimal ev = BigDecimal.ZERO;
		for (PhaseSchedule phase : phases) {
			BigDecimal budget = budgets.getOrDefault(phase.number(), BigDecimal.ZERO);
			bac = bac.add(budget);
			pv = pv.add(plannedValue(budget, phase, asOf), MC);
			ev = ev.add(budget.multiply(phase.progressAt(asOf), MC), MC);
		}
		BigDecimal ac = actualToDate;
		BigDecimal cpi = ac.signum() == 0 ? null : ev.divide(ac, MC);
		BigDecimal spi = pv.signum() == 0 ? null : ev.divide(pv, MC);
		BigDecimal eac = (cpi == null || cpi.signum() == 0) ? null : bac.divide(cpi, MC);
		BigDecimal remaining = bac.subtract(ev, MC);
		// (BAC − EV) / (CPI × SPI) = (BAC − EV) × AC × PV / EV², without rounding CPI or
		// SPI
		BigDecimal eacCombined = (cpi == null || spi == null || ev.signum() == 0) ? null
				: ac.add(remaining.multiply(ac, MC).multiply(pv, MC).divide(ev.multiply(ev, MC), MC), MC);
		BigDecimal toSpend = bac.subtract(ac, MC);
		return new EarnedValueResult(asOf, bac, pv, ev, ac, cpi, spi, eac, ev.subtract(pv, MC), ev.subtract(ac, MC),
				ac.add(remaining, MC), eacCombined, eac == null ? null : eac.subtract(ac, MC),
				eac == null ? null : bac.subtract(eac, MC),
				toSpend.signum() == 0 ? null : remaining.divide(toSpend, MC));
	}

	/** budget × elapsed days / planned days, divided last so that no digit is lost. */
	private static BigDecimal plannedValue(BigDecimal budget, PhaseSchedule phase, LocalDate t) {
		LocalDate start = phase.plannedStart();
		LocalDate end = phase.plannedEnd();
		if (start != null && end != null && end.isAfter(start) && t.isAfter(start) && t.isBefore(end)) {
			return budget.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, t)))
				.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), MC);
		}
		return budget.multiply(plannedFraction(phase, t));
	}

	/**
	 * The planned fraction of a phase elapsed at t: (t − start) / (end − start) in days,
	 * clamped to [0, 1]; a one-day phase is 0 before its day and 1 from it; a phase
	 * without planned dates has planned nothing yet.
	 */
	public static BigDecimal plannedFraction(PhaseSchedule phase, LocalDate t) {
		LocalDate start = phase.plannedStart();
		LocalDate end = phase.plannedEnd();
		if (start == null || end == null) {
			return BigDecimal.ZERO;
		}
		if (!end.isAfter(start)) {
			return t.isBefore(start) ? BigDecimal.ZERO : BigDecimal.ONE;
		}
		if (!t.isAfter(start)) {
			return BigDecimal.ZERO;
		}
		if (!t.isBefore(end)) {
			return BigDecimal.ONE;
		}
		return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, t))
			.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), MC);
	}

}
