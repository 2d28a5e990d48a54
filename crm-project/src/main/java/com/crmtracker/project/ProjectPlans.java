package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of projects: phases and their deliverables. Only a project's director changes
 * them; gates are decided through {@link PhaseGates}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPlans {

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final BigDecimal MAX_WEIGHT = new BigDecimal("9999999.99");

	private final ProjectPhaseRepository phases;

	private final DeliverableRepository deliverables;

	private final GateRecordRepository gates;

	private final ProjectAccess access;

	private final UserDirectory users;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	ProjectPlans(ProjectPhaseRepository phases, DeliverableRepository deliverables, GateRecordRepository gates,
			ProjectAccess access, UserDirectory users, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.phases = phases;
		this.deliverables = deliverables;
		this.gates = gates;
		this.access = access;
		this.users = users;
	}

	/**
	 * The phases of a project in order, with their progress, for other modules; callers
	 * check access themselves.
	 */
	public List<PhaseSchedule> schedule(ProjectHandle project) {
		return load(project.value(), LocalDate.now()).phases().stream().map(PhaseView::schedule).toList();
	}

	/** The whole plan: phases, deliverables and gate decisions, as of today. */
	public ProjectPlan plan(Actor actor, ProjectId project) {
		this.access.requireVisible(actor, project);
		return load(project.value(), LocalDate.now());
	}

	/** Whether the actor may change this project's plan. */
	public boolean mayEdit(Actor actor, ProjectId project) {
		return this.access.directs(actor, project);
	}

	@Transactional
	public PhaseView updatePhase(Actor actor, ProjectId project, int number, long version, PhaseDates dates) {
		this.access.requireDirector(actor, project);
		ProjectPhase phase = phase(project, number);
		if (phase.version() != version) {
			throw new StaleVersion("Phase " + number, phase.version());
		}
		validate(dates);
		phase.reschedule(dates);
		flush(() -> this.phases.saveAndFlush(phase), "Phase " + number);
		return load(project.value(), LocalDate.now()).phase(number);
	}

	@Transactional
	public DeliverableView addDeliverable(Actor actor, ProjectId project, int number, DeliverableDraft draft) {
		this.access.requireDirector(actor, project);
		ProjectPhase phase = phase(project, number);
		requireOpen(phase);
		validate(draft);
		Deliverable added = this.deliverables.saveAndFlush(new Deliverable(phase.id(), draft));
		phaseChanged(phase, draft.completedOn());
		return added.view(number, LocalDate.now());
	}

	@Transactional
	public DeliverableView updateDeliverable(Actor actor, ProjectId project, long deliverableId, long version,
			DeliverableDraft draft) {
		this.access.requireDirector(actor, project);
		Deliverable deliverable = deliverable(project, deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		validate(draft);
		if (phase.status() == PhaseStatus.DONE && draft.completedOn() == null) {
			throw new Conflict("deliverable.phaseDone",
					"The phase's gate was approved: its deliverables cannot be reopened");
		}
		deliverable.apply(draft);
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase, draft.completedOn());
		return deliverable.view(phase.number(), LocalDate.now());
	}

	/** Marks a deliverable complete on the given day (today when null). */
	@Transactional
	public DeliverableView complete(Actor actor, ProjectId project, long deliverableId, long version,
			LocalDate completedOn) {
		this.access.requireDirector(actor, project);
		Deliverable deliverable = deliverable(project, deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		LocalDate on = completedOn == null ? LocalDate.now() : completedOn;
		if (on.isAfter(LocalDate.now()) || on.isBefore(EARLIEST)) {
			throw InvalidInput.of("completedOn", "deliverable.completedOn.future", "must not be in the future");
		}
		deliverable.complete(on);
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase, on);
		return deliverable.view(phase.number(), LocalDate.now());
	}

	@Transactional
	public DeliverableView reopen(Actor actor, ProjectId project, long deliverableId, long version) {
		this.access.requireDirector(actor, project);
		Deliverable deliverable = deliverable(project, deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		requireOpen(phase);
		deliverable.reopen();
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase, LocalDate.now());
		return deliverable.view(phase.number(), LocalDate.now());
	}

	@Transactional
	public void deleteDeliverable(Actor actor, ProjectId project, long deliverableId, long version) {
		this.access.requireDirector(actor, project);
		Deliverable deliverable = deliverable(project, deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		requireOpen(phase);
		flush(() -> {
			this.deliverables.delete(deliverable);
			this.deliverables.flush();
		}, "Deliverable " + deliverableId);
		phaseChanged(phase, LocalDate.now());
	}

	private void phaseChanged(ProjectPhase phase, LocalDate on) {
		List<Deliverable> all = this.deliverables.findByPhaseId(phase.id());
		int complete = (int) all.stream().filter(Deliverable::complete).count();
		phase.deliverablesChanged(all.size(), complete, on == null ? LocalDate.now() : on);
		flush(() -> this.phases.saveAndFlush(phase), "Phase " + phase.number());
	}

	/**
	 * Flushes a change whose version was checked: when someone else saved in the same
	 * instant, the database refuses it and the caller hears of a stale version.
	 */
	static void flush(Runnable change, String what) {
		try {
			change.run();
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleVersion(what, -1);
		}
	}

	private static void requireOpen(ProjectPhase phase) {
		if (phase.status() == PhaseStatus.DONE) {
			throw new Conflict("deliverable.phaseDone",
					"The phase's gate was approved: its deliverables cannot be added, reopened or deleted");
		}
	}

	private static void requireVersion(Deliverable deliverable, long version) {
		if (deliverable.version() != version) {
			throw new StaleVersion("Deliverable " + deliverable.id(), deliverable.version());
		}
	}

	ProjectPhase phase(ProjectId project, int number) {
		return this.phases.findByProjectIdAndNumber(project.value(), number)
			.orElseThrow(() -> new NotFound("No phase " + number + " in project " + project));
	}

	private Deliverable deliverable(ProjectId project, long deliverableId) {
		Deliverable deliverable = this.deliverables.findById(deliverableId)
			.orElseThrow(() -> new NotFound("No deliverable " + deliverableId));
		ProjectPhase phase = this.phases.findById(deliverable.phaseId()).orElseThrow();
		if (phase.projectId() != project.value()) {
			throw new NotFound("No deliverable " + deliverableId + " in project " + project);
		}
		return deliverable;
	}

	ProjectPlan load(long projectId, LocalDate today) {
		return plansOf(List.of(projectId), today).get(projectId);
	}

	/**
	 * The plan status of many projects at once, for the portfolio: one query however many
	 * projects there are, summed by the database. Callers pass only projects the user may
	 * see.
	 */
	public Map<Long, PlanStatus> statusOf(Collection<ProjectHandle> projects, LocalDate today) {
		List<Long> projectIds = projects.stream().map(ProjectHandle::value).toList();
		Map<Long, List<PhaseLine>> phasesByProject = new HashMap<>();
		Map<Long, int[]> counts = new HashMap<>();
		if (!projectIds.isEmpty()) {
			this.jdbc.query(STATUS, rs -> {
				long projectId = rs.getLong("project_id");
				phasesByProject.computeIfAbsent(projectId, k -> new ArrayList<>())
					.add(new PhaseLine(rs.getInt("number"), rs.getString("name_en"), rs.getString("name_zh"),
							rs.getObject("planned_start", LocalDate.class),
							rs.getObject("planned_end", LocalDate.class), rs.getObject("actual_start", LocalDate.class),
							rs.getObject("actual_end", LocalDate.class), PhaseStatus.valueOf(rs.getString("status")),
							PlanRules.progress(rs.getBigDecimal("done_weight"), rs.getBigDecimal("total_weight"))));
				int[] c = counts.computeIfAbsent(projectId, k -> new int[3]);
				c[0] += "AWAITING_GATE".equals(rs.getString("status")) ? 1 : 0;
				c[1] += rs.getInt("overdue");
				c[2] = Math.max(c[2], rs.getInt("worst_slip"));
			}, java.sql.Date.valueOf(today), java.sql.Date.valueOf(today), java.sql.Date.valueOf(today),
					projectIds.toArray(Long[]::new));
		}
		Map<Long, PlanStatus> statuses = new HashMap<>();
		for (Long projectId : projectIds) {
			int[] c = counts.getOrDefault(projectId, new int[3]);
			statuses.put(projectId,
					new PlanStatus(projectId, phasesByProject.getOrDefault(projectId, List.of()), c[0], c[1], c[2]));
		}
		return statuses;
	}

	private static final String STATUS = """
			select p.project_id, p.number, p.name_en, p.name_zh, p.planned_start, p.planned_end, p.actual_start,
			       p.actual_end, p.status,
			       coalesce(sum(d.weight), 0) as total_weight,
			       coalesce(sum(d.weight) filter (where d.completed_on is not null), 0) as done_weight,
			       count(d.id) filter (where d.completed_on is null and d.due_date < ?) as overdue,
			       coalesce(max(? - d.due_date) filter (where d.completed_on is null and d.due_date < ?), 0)
			           as worst_slip
			from project_phase p
			left join deliverable d on d.phase_id = p.id
			where p.project_id = any(?)
			group by p.id
			order by p.project_id, p.number""";

	/**
	 * The whole plans of several projects with their deliverables and decisions, in three
	 * queries; the portfolio uses the lighter {@link #statusOf}.
	 */
	Map<Long, ProjectPlan> plansOf(Collection<Long> projectIds, LocalDate today) {
		Map<Long, ProjectPlan> plans = new HashMap<>();
		if (projectIds.isEmpty()) {
			return plans;
		}
		List<ProjectPhase> found = this.phases.findByProjectIdInOrderByProjectIdAscNumberAsc(projectIds);
		List<Long> ids = found.stream().map(ProjectPhase::id).toList();
		Map<Long, List<Deliverable>> byPhase = ids.isEmpty() ? Map.of()
				: this.deliverables.findByPhaseIdInOrderByDueDateAscIdAsc(ids)
					.stream()
					.collect(Collectors.groupingBy(Deliverable::phaseId));
		List<GateRecord> decisions = ids.isEmpty() ? List.of()
				: this.gates.findByPhaseIdInOrderByDecidedAtAscIdAsc(ids);
		Map<String, UserView> names = decisions.isEmpty() ? Map.of()
				: this.users.byUsername(decisions.stream().map(GateRecord::decidedBy).distinct().toList());
		Map<Long, List<GateRecord>> decisionsByPhase = decisions.stream()
			.collect(Collectors.groupingBy(GateRecord::phaseId));
		Map<Long, List<PhaseView>> viewsByProject = new HashMap<>();
		for (ProjectPhase phase : found) {
			List<Deliverable> ofPhase = byPhase.getOrDefault(phase.id(), List.of());
			BigDecimal progress = PlanRules
				.progress(ofPhase.stream().map(d -> new PlanRules.Weighted(d.weight(), d.complete())).toList());
			viewsByProject.computeIfAbsent(phase.projectId(), k -> new ArrayList<>())
				.add(new PhaseView(phase.number(), phase.nameEn(), phase.nameZh(), phase.plannedStart(),
						phase.plannedEnd(), phase.actualStart(), phase.actualEnd(), phase.status(), progress,
						phase.version(), ofPhase.stream().map(d -> d.view(phase.number(), today)).toList(),
						decisionsByPhase.getOrDefault(phase.id(), List.of())
							.stream()
							.map(g -> g.view(displayName(names, g.decidedBy())))
							.toList()));
		}
		for (Long projectId : projectIds) {
			List<PhaseView> views = new ArrayList<>(viewsByProject.getOrDefault(projectId, List.of()));
			views.sort(Comparator.comparingInt(PhaseView::number));
			plans.put(projectId, new ProjectPlan(projectId, today, views));
		}
		return plans;
	}

	static String displayName(Map<String, UserView> names, String username) {
		UserView user = names.get(username);
		return user == null ? username : user.displayName();
	}

	static void validate(PhaseDates dates) {
		List<FieldError> errors = new ArrayList<>();
		requireDate(errors, "plannedStart", dates.plannedStart(), true);
		requireDate(errors, "plannedEnd", dates.plannedEnd(), true);
		requireDate(errors, "actualStart", dates.actualStart(), false);
		requireDate(errors, "actualEnd", dates.actualEnd(), false);
		if (errors.isEmpty() && dates.plannedEnd().isBefore(dates.plannedStart())) {
			errors.add(new FieldError("plannedEnd", "phase.plannedEnd.beforeStart",
					"the planned end must not be before the planned start", null));
		}
		if (errors.isEmpty() && dates.actualEnd() != null) {
			if (dates.actualStart() == null) {
				errors.add(new FieldError("actualStart", "phase.actualStart.requiredWithEnd",
						"an actual end needs an actual start", null));
			}
			else if (dates.actualEnd().isBefore(dates.actualStart())) {
				errors.add(new FieldError("actualEnd", "phase.actualEnd.beforeStart",
						"the actual end must not be before the actual start", null));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static void requireDate(List<FieldError> errors, String field, LocalDate date, boolean required) {
		if (date == null ? required : (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			errors.add(new FieldError(field, "phase.date.required", "must be a date between 1990-01-01 and 2100-12-31",
					null));
		}
	}

	static void validate(DeliverableDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > 300) {
			errors.add(new FieldError("name", "deliverable.name.required", "must not be empty (at most 300 characters)",
					null));
		}
		if (draft.owner() != null && draft.owner().trim().length() > 200) {
			errors.add(new FieldError("owner", "deliverable.owner.tooLong", "must be at most 200 characters", null));
		}
		if (draft.dueDate() == null || draft.dueDate().isBefore(EARLIEST) || draft.dueDate().isAfter(LATEST)) {
			errors.add(new FieldError("dueDate", "deliverable.dueDate.required",
					"must be a date between 1990-01-01 and 2100-12-31", null));
		}
		if (draft.completedOn() != null
				&& (draft.completedOn().isAfter(LocalDate.now()) || draft.completedOn().isBefore(EARLIEST))) {
			errors.add(
					new FieldError("completedOn", "deliverable.completedOn.future", "must not be in the future", null));
		}
		if (draft.weight() != null && (draft.weight().signum() <= 0 || draft.weight().compareTo(MAX_WEIGHT) > 0
				|| draft.weight().stripTrailingZeros().scale() > 2)) {
			errors.add(new FieldError("weight", "deliverable.weight.positive",
					"must be a positive number with at most 2 decimals", null));
		}
		if (draft.documentLink() != null && draft.documentLink().trim().length() > 1000) {
			errors.add(new FieldError("documentLink", "deliverable.documentLink.tooLong",
					"must be at most 1000 characters", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
