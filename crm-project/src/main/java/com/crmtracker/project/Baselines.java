package com.crmtracker.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ScheduleComparison.DeliverableDrift;
import com.crmtracker.project.ScheduleComparison.PhaseDrift;
import com.crmtracker.project.rules.PlanRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines: a director freezes every planned date under a name; the schedule compares
 * the current plan with one.
 */
@Service
@Transactional(readOnly = true)
public class Baselines {

	private final BaselineRepository baselines;

	private final ProjectPlans plans;

	private final ProjectAccess access;

	private final Clock clock;

	Baselines(BaselineRepository baselines, ProjectPlans plans, ProjectAccess access, Clock clock) {
		this.baselines = baselines;
		this.plans = plans;
		this.access = access;
		this.clock = clock;
	}

	/** The project's baselines, newest first. */
	public List<BaselineView> list(ProjectHandle project) {
		return this.baselines.findByProjectIdOrderByCreatedAtDesc(project.value())
			.stream()
			.map(Baselines::view)
			.toList();
	}

	/** Freezes every planned date of the plan under a name; only its director may. */
	@Transactional
	public BaselineView save(ProjectHandle project, String name) {
		return save(project, name, null);
	}

	/**
	 * Freezes every planned date under a name the application gives in both languages
	 * (English and Chinese), shown in the reader's.
	 */
	@Transactional
	public BaselineView save(ProjectHandle project, String name, String nameZh) {
		project.require(ProjectRight.EDIT_PLAN);
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw InvalidInput.of("name", "baseline.name.required", "must not be empty (at most 200 characters)");
		}
		if (this.baselines.existsByProjectIdAndName(project.value(), trimmed)) {
			throw InvalidInput.of("name", "baseline.name.taken", "a baseline of this project already has this name");
		}
		ProjectPlan plan = this.plans.plan(project);
		String zh = nameZh == null || nameZh.isBlank() ? null : nameZh.trim();
		if (zh != null && zh.length() > 200) {
			throw InvalidInput.of("nameZh", "baseline.name.required", "must be at most 200 characters");
		}
		Baseline baseline = new Baseline(project.value(), trimmed, zh, project.username(), Instant.now(this.clock));
		for (PhaseView phase : plan.phases()) {
			baseline.phases().add(new Baseline.PhaseDate(phase.number(), phase.plannedStart(), phase.plannedEnd()));
			for (DeliverableView d : phase.deliverables()) {
				baseline.deliverables()
					.add(new Baseline.DeliverableDate(d.id(), phase.number(), d.name(), d.nameZh(), d.dueDate()));
			}
		}
		return view(this.baselines.saveAndFlush(baseline));
	}

	/** The current plan against the baseline. */
	public ScheduleComparison compare(ProjectHandle project, long baselineId) {
		Baseline baseline = this.baselines.findById(baselineId)
			.filter(b -> b.projectId() == project.value())
			.orElseThrow(() -> new NotFound("No baseline " + baselineId));
		ProjectPlan plan = this.plans.plan(project);
		Map<Integer, Baseline.PhaseDate> frozenPhases = baseline.phases()
			.stream()
			.collect(Collectors.toMap(Baseline.PhaseDate::phaseNumber, Function.identity()));
		Map<Long, Baseline.DeliverableDate> frozenDeliverables = baseline.deliverables()
			.stream()
			.collect(Collectors.toMap(Baseline.DeliverableDate::deliverableId, Function.identity()));
		List<PhaseDrift> phases = new ArrayList<>();
		List<DeliverableDrift> deliverables = new ArrayList<>();
		for (PhaseView phase : plan.phases()) {
			Baseline.PhaseDate frozen = frozenPhases.get(phase.number());
			LocalDate baseStart = frozen == null ? null : frozen.plannedStart();
			LocalDate baseEnd = frozen == null ? null : frozen.plannedEnd();
			phases.add(new PhaseDrift(phase.number(), phase.nameEn(), phase.nameZh(), baseStart, baseEnd,
					phase.plannedStart(), phase.plannedEnd(), PlanRules.driftDays(baseStart, phase.plannedStart()),
					PlanRules.driftDays(baseEnd, phase.plannedEnd())));
			for (DeliverableView d : phase.deliverables()) {
				Baseline.DeliverableDate was = frozenDeliverables.remove(d.id());
				if (was == null) {
					deliverables.add(new DeliverableDrift(d.id(), phase.number(), d.name(), d.nameZh(), null,
							d.dueDate(), 0, DeliverableDrift.Change.ADDED, d.overdue()));
				}
				else {
					long drift = PlanRules.driftDays(was.dueDate(), d.dueDate());
					deliverables.add(new DeliverableDrift(d.id(), phase.number(), d.name(), d.nameZh(), was.dueDate(),
							d.dueDate(), drift,
							drift == 0 ? DeliverableDrift.Change.UNCHANGED : DeliverableDrift.Change.MOVED,
							d.overdue()));
				}
			}
		}
		for (Baseline.DeliverableDate gone : frozenDeliverables.values()) {
			deliverables.add(new DeliverableDrift(gone.deliverableId(), gone.phaseNumber(), gone.name(), gone.nameZh(),
					gone.dueDate(), null, 0, DeliverableDrift.Change.REMOVED, false));
		}
		deliverables.sort(Comparator.comparingInt(DeliverableDrift::phaseNumber)
			.thenComparing(d -> d.currentDue() != null ? d.currentDue() : d.baselineDue())
			.thenComparingLong(DeliverableDrift::deliverableId));
		return new ScheduleComparison(view(baseline), phases, deliverables);
	}

	private static BaselineView view(Baseline b) {
		return new BaselineView(b.id(), b.name(), b.nameZh(), b.createdBy(), b.createdAt());
	}

}
