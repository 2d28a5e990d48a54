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
 * are those of the portfolio ({@link CostStore#phaseBudgets}, {@link CostStore#toDate}).
 */
@Service
@Transactional(readOnly = true)
public class EarnedValues {

	private final CostStore store;

	private final ProjectPlans plans;

	private final Clock clock;

	EarnedValues(CostStore store, ProjectPlans plans, Clock clock) {
		this.store = store;
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
		return this.store.phaseBudgets(List.of(project.value())).get(project.value());
	}

	/**
	 * PV, EV and AC by month, from the project start to the later of the plan's end and
	 * the as-of date; EV and AC up to the as-of date, never after today.
	 */
	public List<EarnedValuePoint> curve(ProjectHandle project, LocalDate asOf) {
		List<PhaseSchedule> phases = this.plans.schedule(project);
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
		LocalDate today = LocalDate.now(this.clock);
		LocalDate cut = asOf.isAfter(today) ? today : asOf;
		return EarnedValueCurve.monthly(from, to, asOf, today, phases, budgets(project),
				this.store.actualDevelopmentByMonth(project.value()), actualDevelopmentUpTo(project, cut));
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
		return this.store.toDate(Map.of(project.value(), CostLedger.years(project)), asOf)
			.get(project.value())
			.actualDevelopment();
	}

}
