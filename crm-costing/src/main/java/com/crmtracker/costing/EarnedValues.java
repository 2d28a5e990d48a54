package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value of a project: phase budgets are its planned DEVELOPMENT lines by phase,
 * dates and progress come from its plan, AC from its actual DEVELOPMENT lines.
 */
@Service
@Transactional(readOnly = true)
public class EarnedValues {

	private final CostStore store;

	private final Projects projects;

	private final ProjectPlans plans;

	private final com.crmtracker.project.ProjectAccess access;

	EarnedValues(CostStore store, Projects projects, ProjectPlans plans, com.crmtracker.project.ProjectAccess access) {
		this.access = access;
		this.store = store;
		this.projects = projects;
		this.plans = plans;
	}

	public EarnedValueResult at(Actor actor, ProjectId project, LocalDate asOf) {
		this.projects.get(actor, project);
		return EarnedValueCalculator.at(asOf, this.plans.schedule(this.access.open(actor, project)),
				this.store.phaseBudgets(project.value()), this.store.actualDevelopmentUpTo(project.value(), asOf));
	}

	/** The phases of the plan, as earned value reads them. */
	public List<PhaseSchedule> phases(Actor actor, ProjectId project) {
		this.projects.get(actor, project);
		return this.plans.schedule(this.access.open(actor, project));
	}

	/** Planned DEVELOPMENT cost by phase number. */
	public Map<Integer, BigDecimal> budgets(Actor actor, ProjectId project) {
		this.projects.get(actor, project);
		return this.store.phaseBudgets(project.value());
	}

	/**
	 * PV, EV and AC by month, from the project start to the later of the plan's end and
	 * the as-of date.
	 */
	public List<EarnedValuePoint> curve(Actor actor, ProjectId project, LocalDate asOf) {
		ProjectSummary summary = this.projects.get(actor, project);
		List<PhaseSchedule> phases = this.plans.schedule(this.access.open(actor, project));
		LocalDate from = phases.stream()
			.map(PhaseSchedule::plannedStart)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.filter(d -> d.isBefore(summary.startDate()))
			.orElse(summary.startDate());
		LocalDate to = phases.stream()
			.map(PhaseSchedule::plannedEnd)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.filter(d -> d.isAfter(asOf))
			.orElse(asOf);
		if (to.isBefore(from)) {
			to = from;
		}
		return EarnedValueCurve.monthly(from, to, asOf, phases, this.store.phaseBudgets(project.value()),
				this.store.actualDevelopmentByMonth(project.value()),
				this.store.actualDevelopmentUpTo(project.value(), asOf));
	}

}
