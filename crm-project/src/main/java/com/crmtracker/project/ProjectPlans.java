package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.Clock;
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
import com.crmtracker.project.rules.PlanRules;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of projects: phases and their deliverables. Only a project's director changes
 * them ({@link ProjectRight#EDIT_PLAN}); gates are decided through {@link PhaseGates}.
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

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DeliverableBin bin;

	private final ProjectMemberRepository members;

	ProjectPlans(ProjectPhaseRepository phases, DeliverableRepository deliverables, GateRecordRepository gates,
			ProjectAccess access, UserDirectory users, JdbcTemplate jdbc, DeliverableBin bin,
			ProjectMemberRepository members, Clock clock) {
		this.bin = bin;
		this.members = members;
		this.jdbc = jdbc;
		this.phases = phases;
		this.deliverables = deliverables;
		this.gates = gates;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The phases of a project in order, with their dates and progress as of today, e.g.
	 * for earned value.
	 */
	public List<PhaseSchedule> schedule(ProjectHandle project) {
		return statusOf(List.of(project), today()).get(project.value()).schedule();
	}

	/**
	 * The whole plan: phases, deliverables, gate decisions and its status, as of today.
	 */
	public ProjectPlan plan(ProjectHandle project) {
		return load(project, today());
	}

	/** Changes a phase's dates; its open deliverables move with its planned dates. */
	@Transactional
	public PhaseView updatePhase(ProjectHandle project, int number, long version, PhaseDates dates) {
		return updatePhase(project, number, version, dates, true);
	}

	/**
	 * Changes a phase's dates; when {@code moveDeliverables}, the due dates of its open
	 * deliverables move by as many days as its planned dates did
	 * ({@link PlanRules#deliverableShift}).
	 */
	@Transactional
	public PhaseView updatePhase(ProjectHandle project, int number, long version, PhaseDates dates,
			boolean moveDeliverables) {
		project.require(ProjectRight.EDIT_PLAN);
		ProjectPhase phase = phase(project.id(), number);
		if (phase.version() != version) {
			throw new StaleVersion("Phase " + number, phase.version());
		}
		validate(dates);
		long shift = PlanRules.deliverableShift(new PlanRules.DateRange(phase.plannedStart(), phase.plannedEnd()),
				new PlanRules.DateRange(dates.plannedStart(), dates.plannedEnd()));
		phase.reschedule(dates);
		flush(() -> this.phases.saveAndFlush(phase), "Phase " + number);
		if (moveDeliverables && shift != 0) {
			List<Deliverable> open = this.deliverables.findByPhaseId(phase.id())
				.stream()
				.filter(d -> !d.complete())
				.toList();
			for (Deliverable d : open) {
				LocalDate due = d.dueDate().plusDays(shift);
				if (due.isBefore(EARLIEST) || due.isAfter(LATEST)) {
					throw InvalidInput.of("moveDeliverables", "phase.moveDeliverables.outOfRange",
							"moving the open deliverables would put a due date outside 1990-01-01 to 2100-12-31");
				}
				d.moveDue(due);
			}
			flush(() -> this.deliverables.saveAllAndFlush(open), "The deliverables of phase " + number);
		}
		return load(project, today()).phase(number);
	}

	@Transactional
	public DeliverableView addDeliverable(ProjectHandle project, int number, DeliverableDraft draft) {
		project.require(ProjectRight.EDIT_PLAN);
		ProjectPhase phase = phase(project.id(), number);
		requireOpen(phase);
		validate(project, draft, null);
		Deliverable added = this.deliverables.saveAndFlush(new Deliverable(phase.id(), draft));
		phaseChanged(phase);
		return view(added, number, today());
	}

	@Transactional
	public DeliverableView updateDeliverable(ProjectHandle project, long deliverableId, long version,
			DeliverableDraft draft) {
		project.require(ProjectRight.EDIT_PLAN);
		Deliverable deliverable = deliverable(project.id(), deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		validate(project, draft, deliverable.owner());
		if (phase.status() == PhaseStatus.DONE && draft.completedOn() == null) {
			throw new Conflict("deliverable.phaseDone",
					"The phase's gate was approved: its deliverables cannot be reopened");
		}
		deliverable.apply(draft);
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase);
		return view(deliverable, phase.number(), today());
	}

	/** Marks a deliverable complete on the given day (today when null). */
	@Transactional
	public DeliverableView complete(ProjectHandle project, long deliverableId, long version, LocalDate completedOn) {
		project.require(ProjectRight.EDIT_PLAN);
		Deliverable deliverable = deliverable(project.id(), deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		LocalDate today = today();
		LocalDate on = completedOn == null ? today : completedOn;
		if (on.isAfter(today) || on.isBefore(EARLIEST)) {
			throw InvalidInput.of("completedOn", "deliverable.completedOn.future", "must not be in the future");
		}
		deliverable.complete(on);
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase);
		return view(deliverable, phase.number(), today);
	}

	@Transactional
	public DeliverableView reopen(ProjectHandle project, long deliverableId, long version) {
		project.require(ProjectRight.EDIT_PLAN);
		Deliverable deliverable = deliverable(project.id(), deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		requireOpen(phase);
		deliverable.reopen();
		flush(() -> this.deliverables.saveAndFlush(deliverable), "Deliverable " + deliverableId);
		phaseChanged(phase);
		return view(deliverable, phase.number(), today());
	}

	@Transactional
	public void deleteDeliverable(ProjectHandle project, long deliverableId, long version) {
		project.require(ProjectRight.EDIT_PLAN);
		Deliverable deliverable = deliverable(project.id(), deliverableId);
		ProjectPhase phase = this.phases.getReferenceById(deliverable.phaseId());
		requireVersion(deliverable, version);
		requireOpen(phase);
		this.bin.keep(project.value(), deliverableId, project.username(), this.clock.instant());
		flush(() -> {
			this.deliverables.delete(deliverable);
			this.deliverables.flush();
		}, "Deliverable " + deliverableId);
		phaseChanged(phase);
	}

	/**
	 * Puts a deliverable deleted in the last 15 minutes back as it was, with its id and
	 * so its history, while its phase is open.
	 */
	@Transactional
	public DeliverableView undoDeleteDeliverable(ProjectHandle project, long deliverableId) {
		project.require(ProjectRight.EDIT_PLAN);
		Long phaseId = this.bin.phaseOf(project.value(), deliverableId,
				this.clock.instant().minus(DeliverableBin.UNDO));
		if (phaseId == null) {
			throw new Conflict("deliverable.undo.expired",
					"This deletion can no longer be undone: it is older than 15 minutes or was undone already");
		}
		ProjectPhase phase = this.phases.getReferenceById(phaseId);
		requireOpen(phase);
		this.bin.restore(deliverableId);
		Deliverable deliverable = deliverable(project.id(), deliverableId);
		phaseChanged(phase);
		return view(deliverable, phase.number(), today());
	}

	/**
	 * The open deliverables the actor owns in every project he or she may see, and in the
	 * projects whose team he or she works in without seeing them, soonest due first.
	 */
	public List<OwnedDeliverable> openDeliverablesOwnedBy(Actor actor) {
		return openDeliverablesOwned(this.access.openWork(actor));
	}

	/**
	 * The open deliverables the actor of {@code work} owns in its projects (those seen
	 * and those of the team only, as {@link ProjectAccess#openWork} found them), soonest
	 * due first: one query however many projects there are.
	 */
	public List<OwnedDeliverable> openDeliverablesOwned(ProjectAccess.Work work) {
		Map<Long, ProjectSummary> projects = new HashMap<>();
		work.visible().forEach(p -> projects.put(p.value(), p.project()));
		java.util.Set<Long> seen = new java.util.HashSet<>(projects.keySet());
		work.teamOnly().forEach(p -> projects.putIfAbsent(p.id(), p));
		if (projects.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		List<OwnedDeliverable> owned = new ArrayList<>();
		for (Object[] row : this.deliverables.findOpenOwnedBy(work.actor().username(), projects.keySet())) {
			Deliverable d = (Deliverable) row[0];
			ProjectPhase phase = (ProjectPhase) row[1];
			owned.add(new OwnedDeliverable(projects.get(phase.projectId()), phase.number(), phase.nameEn(),
					phase.nameZh(), d.view(phase.number(), today, null), seen.contains(phase.projectId())));
		}
		return owned;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A deliverable as shown, with its owner's display name. */
	private DeliverableView view(Deliverable deliverable, int phaseNumber, LocalDate today) {
		String owner = deliverable.ownerUsername();
		return deliverable.view(phaseNumber, today,
				owner == null ? null : this.users.find(owner).map(UserView::displayName).orElse(null));
	}

	private void phaseChanged(ProjectPhase phase) {
		List<Deliverable> all = this.deliverables.findByPhaseId(phase.id());
		int complete = (int) all.stream().filter(Deliverable::complete).count();
		LocalDate first = all.stream()
			.map(Deliverable::completedOn)
			.filter(java.util.Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		phase.deliverablesChanged(all.size(), complete, first);
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

	ProjectPlan load(ProjectHandle project, LocalDate today) {
		return plansOf(List.of(project), today).get(project.value());
	}

	/**
	 * The plan status of many projects at once, for the portfolio: two plain queries
	 * however many projects there are, summed by the same rule as {@link #plan}.
	 */
	public Map<Long, PlanStatus> statusOf(Collection<ProjectHandle> projects, LocalDate today) {
		List<Long> projectIds = projects.stream().map(ProjectHandle::value).distinct().toList();
		Map<Long, PlanStatus> statuses = new HashMap<>();
		if (projectIds.isEmpty()) {
			return statuses;
		}
		Long[] ids = projectIds.toArray(Long[]::new);
		Map<Long, LocalDate> goLives = goLives(projects);
		Map<Long, List<PlanRules.DeliverableFacts>> byPhase = new HashMap<>();
		this.jdbc.query(DELIVERABLE_FACTS,
				(RowCallbackHandler) rs -> byPhase.computeIfAbsent(rs.getLong("phase_id"), k -> new ArrayList<>())
					.add(new PlanRules.DeliverableFacts(rs.getBigDecimal("weight"),
							rs.getObject("due_date", LocalDate.class), rs.getObject("completed_on", LocalDate.class))),
				(Object) ids);
		Map<Long, List<PlanRules.PhaseFacts>> byProject = new HashMap<>();
		this.jdbc.query(PHASE_FACTS,
				(RowCallbackHandler) rs -> byProject.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
					.add(new PlanRules.PhaseFacts(rs.getInt("number"), rs.getString("name_en"), rs.getString("name_zh"),
							rs.getObject("planned_start", LocalDate.class),
							rs.getObject("planned_end", LocalDate.class), rs.getObject("actual_start", LocalDate.class),
							rs.getObject("actual_end", LocalDate.class), PhaseStatus.valueOf(rs.getString("status")),
							byPhase.getOrDefault(rs.getLong("id"), List.of()), rs.getBoolean("go_live"))),
				(Object) ids);
		for (Long projectId : projectIds) {
			statuses.put(projectId, PlanRules.status(projectId, byProject.getOrDefault(projectId, List.of()), today,
					goLives.get(projectId)));
		}
		return statuses;
	}

	private static final String PHASE_FACTS = """
			select p.project_id, p.id, p.number, p.name_en, p.name_zh, p.planned_start, p.planned_end,
			       p.actual_start, p.actual_end, p.status, p.go_live
			from project_phase p
			where p.project_id = any(?)
			order by p.project_id, p.number""";

	private static final String DELIVERABLE_FACTS = """
			select d.phase_id, d.weight, d.due_date, d.completed_on
			from deliverable d
			join project_phase p on p.id = d.phase_id
			where p.project_id = any(?)""";

	/**
	 * The whole plans of several projects with their deliverables and decisions, in three
	 * queries; the portfolio uses the lighter {@link #statusOf}.
	 */
	Map<Long, ProjectPlan> plansOf(Collection<ProjectHandle> projects, LocalDate today) {
		List<Long> projectIds = projects.stream().map(ProjectHandle::value).distinct().toList();
		Map<Long, LocalDate> goLives = goLives(projects);
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
		// who decided and who owns, in one read
		java.util.Set<String> people = new java.util.TreeSet<>();
		decisions.forEach(g -> people.add(g.decidedBy()));
		byPhase.values()
			.forEach(ds -> ds.stream()
				.map(Deliverable::ownerUsername)
				.filter(java.util.Objects::nonNull)
				.forEach(people::add));
		Map<String, UserView> names = people.isEmpty() ? Map.of() : this.users.byUsername(people);
		Map<Long, List<GateRecord>> decisionsByPhase = decisions.stream()
			.collect(Collectors.groupingBy(GateRecord::phaseId));
		Map<Long, List<PlanRules.PhaseFacts>> factsByProject = new HashMap<>();
		for (ProjectPhase phase : found) {
			factsByProject.computeIfAbsent(phase.projectId(), k -> new ArrayList<>())
				.add(new PlanRules.PhaseFacts(phase.number(), phase.nameEn(), phase.nameZh(), phase.plannedStart(),
						phase.plannedEnd(), phase.actualStart(), phase.actualEnd(), phase.status(),
						byPhase.getOrDefault(phase.id(), List.of())
							.stream()
							.map(d -> new PlanRules.DeliverableFacts(d.weight(), d.dueDate(), d.completedOn()))
							.toList(),
						phase.goLive()));
		}
		Map<Long, PlanStatus> statuses = new HashMap<>();
		for (Long projectId : projectIds) {
			statuses.put(projectId, PlanRules.status(projectId, factsByProject.getOrDefault(projectId, List.of()),
					today, goLives.get(projectId)));
		}
		Map<Long, List<PhaseView>> viewsByProject = new HashMap<>();
		for (ProjectPhase phase : found) {
			List<Deliverable> ofPhase = byPhase.getOrDefault(phase.id(), List.of());
			BigDecimal progress = statuses.get(phase.projectId()).phase(phase.number()).progress();
			viewsByProject.computeIfAbsent(phase.projectId(), k -> new ArrayList<>())
				.add(new PhaseView(phase.number(), phase.nameEn(), phase.nameZh(), phase.plannedStart(),
						phase.plannedEnd(), phase.actualStart(), phase.actualEnd(), phase.status(), progress,
						phase.version(),
						ofPhase.stream()
							.map(d -> d.view(phase.number(), today,
									d.ownerUsername() == null ? null : displayName(names, d.ownerUsername())))
							.toList(),
						decisionsByPhase.getOrDefault(phase.id(), List.of())
							.stream()
							.map(g -> g.view(displayName(names, g.decidedBy())))
							.toList(),
						phase.actualStartSuggested(), phase.goLive()));
		}
		for (Long projectId : projectIds) {
			List<PhaseView> views = new ArrayList<>(viewsByProject.getOrDefault(projectId, List.of()));
			views.sort(Comparator.comparingInt(PhaseView::number));
			plans.put(projectId, new ProjectPlan(projectId, today, views, statuses.get(projectId)));
		}
		return plans;
	}

	/** Each project's planned go-live, as its handle was opened with it. */
	private static Map<Long, LocalDate> goLives(Collection<ProjectHandle> projects) {
		Map<Long, LocalDate> goLives = new HashMap<>();
		for (ProjectHandle project : projects) {
			goLives.put(project.value(), project.project().plannedGoLive());
		}
		return goLives;
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

	/**
	 * Every problem of a deliverable at once: its fields, and an owner who is not a
	 * member of the project. The owner it has (who may have left the project since, or
	 * text typed before owners were members) may be kept.
	 */
	private void validate(ProjectHandle project, DeliverableDraft draft, String currentOwner) {
		List<FieldError> errors = new ArrayList<>();
		try {
			validate(draft, today());
		}
		catch (InvalidInput refusal) {
			errors.addAll(refusal.errors());
		}
		String owner = draft.owner() == null ? null : draft.owner().trim();
		if (owner != null && !owner.isEmpty() && !owner.equals(currentOwner) && owner.length() <= 200
				&& !this.members.existsByProjectIdAndUsername(project.value(), owner)) {
			errors.add(new FieldError("owner", "deliverable.owner.notMember",
					"must be the user name of a member of the project", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	static void validate(DeliverableDraft draft, LocalDate today) {
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
				&& (draft.completedOn().isAfter(today) || draft.completedOn().isBefore(EARLIEST))) {
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
		else if (draft.documentLink() != null && !draft.documentLink().isBlank() && !webAddress(draft.documentLink())) {
			errors.add(new FieldError("documentLink", "deliverable.documentLink.http",
					"must be a web address starting with http:// or https://", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/**
	 * Whether a document link is a web address ({@code http} or {@code https} with a
	 * host): a link is opened by whoever clicks it, so {@code javascript:}, {@code data:}
	 * or {@code file:} links are refused. Shares on a file server are linked through
	 * their web address (SharePoint, WebDAV), not as UNC paths.
	 */
	static boolean webAddress(String link) {
		try {
			java.net.URI uri = new java.net.URI(link.strip());
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
