package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implementation projects and their organisation. */
@Service
@Transactional(readOnly = true)
public class Projects {

	/** The methodology template a project gets when none is named. */
	public static final String DEFAULT_TEMPLATE = "NINE_PHASE";

	private final ProjectRepository projects;

	private final ProjectMemberRepository members;

	private final ProjectAccess access;

	private final UserDirectory users;

	private final MethodologyTemplates templates;

	private final ApplicationEventPublisher events;

	private final DeliverableRepository deliverables;

	private final Clock clock;

	Projects(ProjectRepository projects, ProjectMemberRepository members, ProjectAccess access, UserDirectory users,
			MethodologyTemplates templates, ApplicationEventPublisher events, DeliverableRepository deliverables,
			Clock clock) {
		this.deliverables = deliverables;
		this.clock = clock;
		this.events = events;
		this.projects = projects;
		this.members = members;
		this.access = access;
		this.users = users;
		this.templates = templates;
	}

	/**
	 * The projects the actor may see, by name (as {@link ProjectAccess#openVisible} opens
	 * them).
	 */
	public List<ProjectSummary> visibleTo(Actor actor) {
		return this.access.openVisible(actor).stream().map(ProjectHandle::project).toList();
	}

	/** The project's facts as they are now (a handle holds them as they were opened). */
	public ProjectSummary current(ProjectHandle project) {
		return load(project.id()).summary();
	}

	public ProjectOrganisation organisation(ProjectHandle project) {
		List<ProjectMember> found = this.members.findByProjectIdOrderById(project.value());
		Map<String, UserView> names = this.users.byUsername(found.stream().map(ProjectMember::username).toList());
		return ProjectOrganisation.of(found.stream()
			.map(m -> m.view(names.containsKey(m.username()) ? names.get(m.username()).displayName() : m.username()))
			.toList());
	}

	/**
	 * Creates a project from a methodology template (the nine-phase one when null), with
	 * the template's phases and typical deliverables; a director who creates it directs
	 * it.
	 */
	@Transactional
	public ProjectSummary create(Actor actor, ProjectDraft draft, String template) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.DIRECTOR)) {
			throw new Forbidden("Only an admin or a director may create a project");
		}
		String code = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template.trim();
		List<FieldError> errors = new ArrayList<>();
		try {
			validate(draft);
		}
		catch (InvalidInput refusal) {
			errors.addAll(refusal.errors());
		}
		if (!this.templates.exists(code)) {
			errors.add(new FieldError("template", "project.template.unknown", "is not a methodology template", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Project project = this.projects.save(new Project(draft, code, actor.username(), Instant.now(this.clock)));
		this.templates.instantiate(project.id(), code, draft.startDate(), draft.plannedGoLive());
		if (actor.has(Role.DIRECTOR)) {
			this.members.save(new ProjectMember(project.id(),
					new NewMember(actor.username(), Membership.DIRECTOR, null, null, new BigDecimal("100"), false)));
		}
		return project.summary();
	}

	@Transactional
	public ProjectSummary update(ProjectHandle handle, long version, ProjectDraft draft) {
		handle.require(ProjectRight.ADMINISTER);
		Project project = load(handle.id());
		if (project.version() != version) {
			throw new StaleVersion("Project " + handle.id(), project.version());
		}
		validate(draft);
		LocalDate previousStart = project.summary().startDate();
		project.apply(draft);
		ProjectSummary saved = this.projects.saveAndFlush(project).summary();
		if (!previousStart.equals(saved.startDate())) {
			// costing re-dates what follows the TCO years, in this transaction
			this.events.publishEvent(new ProjectRescheduled(saved.projectId(), previousStart, saved.startDate()));
		}
		return saved;
	}

	/**
	 * Adds a person to the organisation; the user must hold the global role the layer
	 * needs.
	 */
	@Transactional
	public MemberView addMember(ProjectHandle project, NewMember member) {
		project.require(ProjectRight.ADMINISTER);
		ProjectId id = project.id();
		List<FieldError> errors = new ArrayList<>();
		if (member.membership() == null) {
			errors
				.add(new FieldError("role", "member.membership.required", "must be DIRECTOR, STEERING or TEAM", null));
		}
		if (member.allocation() == null || member.allocation().signum() < 0
				|| member.allocation().compareTo(new BigDecimal("100")) > 0 || member.allocation().scale() > 2) {
			errors.add(new FieldError("allocation", "member.allocation.range", "must be a percentage from 0 to 100",
					null));
		}
		if ((member.projectRole() != null && member.projectRole().length() > 200)
				|| (member.projectRoleZh() != null && member.projectRoleZh().length() > 200)) {
			errors.add(new FieldError("projectRole", "member.projectRole.tooLong", "must be at most 200 characters",
					null));
		}
		UserView user = member.username() == null ? null : this.users.find(member.username()).orElse(null);
		if (user == null) {
			errors.add(new FieldError("username", "member.username.unknown", "is not a user", null));
		}
		else if (member.membership() == Membership.DIRECTOR && !user.has(Role.DIRECTOR)) {
			errors.add(
					new FieldError("username", "member.username.notDirector", "does not hold the DIRECTOR role", null));
		}
		else if (member.membership() == Membership.STEERING && !user.has(Role.STEERING)) {
			errors.add(
					new FieldError("username", "member.username.notSteering", "does not hold the STEERING role", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (this.members.existsByProjectIdAndUsernameAndMembership(id.value(), member.username(),
				member.membership())) {
			throw new Conflict("member.duplicate", member.username() + " is already in that layer of the project");
		}
		NewMember cleaned = new NewMember(member.username(), member.membership(), blankToNull(member.projectRole()),
				blankToNull(member.projectRoleZh()),
				member.membership() == Membership.TEAM ? member.functionalGroup() : null, member.allocation(),
				member.membership() == Membership.STEERING && member.chair());
		return this.members.save(new ProjectMember(id.value(), cleaned)).view(user.displayName());
	}

	/**
	 * Takes a person out of one layer of the organisation. Someone who owns open
	 * deliverables of the project stays until they have another owner (a person in
	 * another layer too may leave this one); completed deliverables keep their owner.
	 */
	@Transactional
	public void removeMember(ProjectHandle project, long memberId) {
		project.require(ProjectRight.ADMINISTER);
		ProjectMember member = this.members.findById(memberId)
			.filter(m -> m.projectId() == project.value())
			.orElseThrow(() -> new NotFound("No member " + memberId));
		boolean staysMember = this.members.findByProjectIdAndUsername(project.value(), member.username())
			.stream()
			.anyMatch(m -> !m.id().equals(member.id()));
		long open = staysMember ? 0 : this.deliverables.countOpenOwnedBy(member.username(), project.value());
		if (open > 0) {
			throw new Conflict("member.ownsOpenDeliverables",
					member.username() + " owns " + open + (open == 1 ? " open deliverable" : " open deliverables")
							+ " of this project: give " + (open == 1 ? "it" : "them")
							+ " another owner before removing the member");
		}
		this.members.delete(member);
	}

	/** The usernames of the project's steering committee. */
	public Set<String> steeringCommittee(ProjectHandle project) {
		return Set.copyOf(this.members.findByProjectIdOrderById(project.value())
			.stream()
			.filter(m -> m.membership() == Membership.STEERING)
			.map(ProjectMember::username)
			.toList());
	}

	private Project load(ProjectId id) {
		return this.projects.findById(id.value()).orElseThrow(() -> new NotFound("No project " + id));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	static void validate(ProjectDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			errors.add(new FieldError("name", "project.name.required", "must not be empty (at most 200 characters)",
					null));
		}
		if (draft.organisation() == null || draft.organisation().isBlank() || draft.organisation().length() > 200) {
			errors.add(new FieldError("organisation", "project.organisation.required",
					"must not be empty (at most 200 characters)", null));
		}
		if (!isCurrency(draft.currency())) {
			errors.add(new FieldError("currency", "project.currency.invalid", "must be an ISO 4217 code such as CNY",
					null));
		}
		if (draft.startDate() == null || outOfRange(draft.startDate())) {
			errors.add(new FieldError("startDate", "project.startDate.required",
					"must be a date between 1990-01-01 and 2100-12-31", null));
		}
		if (draft.plannedGoLive() == null || outOfRange(draft.plannedGoLive())) {
			errors.add(new FieldError("plannedGoLive", "project.plannedGoLive.required",
					"must be a date between 1990-01-01 and 2100-12-31", null));
		}
		else if (draft.startDate() != null && draft.plannedGoLive().isBefore(draft.startDate())) {
			errors.add(new FieldError("plannedGoLive", "project.plannedGoLive.beforeStart",
					"must not be before the start date", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static boolean outOfRange(LocalDate date) {
		return date.isBefore(LocalDate.of(1990, 1, 1)) || date.isAfter(LocalDate.of(2100, 12, 31));
	}

	private static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
