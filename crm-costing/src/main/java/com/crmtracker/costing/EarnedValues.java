package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.crmtracker.costing.rules.EarnedValueCalculator;
import com.crmtracker.costing.rules.EarnedValueCurve;
import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value of a project: phase budgets are its planned DEVELOPMENT lines by phase,
 * dates and progress come from its plan, AC from its actual DEVELOPMENT lines. The sums
 * are those of the portfolio ({@link CostSummary#phaseBudgets},
 * {@link CostSummary#toDate}), read from the summaries, never from the lines.
 */
@Service
@Transactional(readOnly = true)
public class EarnedValues {

	private final CostSummary summary;

	private final CostStore store;

	private final ProjectPlans plans;

	private final Clock clock;

	EarnedValues(CostSummary summary, CostStore store, ProjectPlans plans, Clock clock) {
		this.store = store;
		this.summary = summary;
		this.plans = plans;
		this.clock = clock;
	}

	public EarnedValueResult at(ProjectHandle project, LocalDate asOf) {
		return EarnedValueCalculator.at(asOf, this.plans.schedule(project), budgets(project),
				actualDevelopmentUpTo(project, asOf));
	}

	/** The phases of the plan, as earned value reads them. */
	public List<PhaseSchedule> phases(ProjectHandle project) {
		return this.plans.schedule(project);
	}

	/** Planned DEVELOPMENT cost by phase number. */
	public Map<Integer, BigDecimal> budgets(ProjectHandle project) {
		return this.summary.phaseBudgets(Map.of(project.value(), CostLedger.years(project))).get(project.value());
	}

	/**
	 * The figures at a date, their phases and budgets, and the S-curve, each read once.
	 */
	public EarnedValueReport report(ProjectHandle project, LocalDate asOf) {
		return report(project, asOf, this.plans.schedule(project));
	}

	/**
	 * The same with the phases of the plan the caller has read already (the dashboard
	 * shows the plan too).
	 */
	public EarnedValueReport report(ProjectHandle project, LocalDate asOf, List<PhaseSchedule> phases) {
		Map<Integer, BigDecimal> budgets = budgets(project);
		BigDecimal acAtAsOf = actualDevelopmentUpTo(project, asOf);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate cut = asOf.isAfter(today) ? today : asOf;
		BigDecimal acAtCut = cut.equals(asOf) ? acAtAsOf : actualDevelopmentUpTo(project, cut);
		return new EarnedValueReport(EarnedValueCalculator.at(asOf, phases, budgets, acAtAsOf), phases, budgets,
				curve(project, asOf, today, phases, budgets, acAtCut));
	}

	/**
	 * PV, EV and AC by month, from the project start to the later of the plan's end and
	 * the as-of date; EV and AC up to the as-of date, never after today.
	 */
	public List<EarnedValuePoint> curve(ProjectHandle project, LocalDate asOf) {
		return report(project, asOf).curve();
	}

	private List<EarnedValuePoint> curve(ProjectHandle project, LocalDate asOf, LocalDate today,
			List<PhaseSchedule> phases, Map<Integer, BigDecimal> budgets, BigDecimal acAtCut) {
		LocalDate start = project.startDate();
		LocalDate from = phases.stream()
			.map(PhaseSchedule::plannedStart)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.filter(d -> d.isBefore(start))
			.orElse(start);
		LocalDate to = phases.stream()
			.map(PhaseSchedule::plannedEnd)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.filter(d -> d.isAfter(asOf))
			.orElse(asOf);
		if (to.isBefore(from)) {
			to = from;
		}
		return EarnedValueCurve.monthly(from, to, asOf, today, phases, budgets,
				this.summary.actualDevelopmentByMonth(project.value(), CostLedger.years(project)), acAtCut);
	}

	/**
	 * Earned value of one phase at a date, by the same rule as the project's: BAC is the
	 * phase budget, AC the actual DEVELOPMENT cost booked to the phase on or before the
	 * date.
	 */
	public EarnedValueResult ofPhase(ProjectHandle project, int number, LocalDate asOf) {
		List<PhaseSchedule> phase = this.plans.schedule(project).stream().filter(p -> p.number() == number).toList();
		return EarnedValueCalculator.at(asOf, phase, budgets(project),
				this.store.actualDevelopmentOfPhase(project.value(), number, asOf));
	}

	private BigDecimal actualDevelopmentUpTo(ProjectHandle project, LocalDate asOf) {
		return this.summary.toDate(Map.of(project.value(), CostLedger.years(project)), asOf)
			.get(project.value())
			.actualDevelopment();
	}

}
