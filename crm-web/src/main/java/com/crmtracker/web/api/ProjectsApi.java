package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.MemberView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectOrganisation;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.web.support.JsonApi;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.support.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Tag(name = "Projects", description = "Projects and their organisation")
@JsonApi("/api/v1/projects")
class ProjectsApi {

	private final Projects projects;

	private final ProjectPlans plans;

	private final ProjectAccess access;

	private final ProjectChanges changes;

	ProjectsApi(Projects projects, ProjectPlans plans, ProjectAccess access, ProjectChanges changes) {
		this.access = access;
		this.changes = changes;
		this.projects = projects;
		this.plans = plans;
	}

	@Operation(operationId = "listProjects", summary = "The projects the caller may see")
	@GetMapping
	List<ProjectJson> list(Actor actor) {
		return this.access.openVisible(actor).stream().map(ProjectHandle::project).map(ProjectJson::of).toList();
	}

	@Operation(operationId = "createProject",
			summary = "Create a project from a methodology template (ADMIN, DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ProjectJson> create(Actor actor, @RequestBody NewProjectJson body) {
		ProjectSummary created = this.projects.create(actor, new ProjectDraft(body.name(), body.organisation(),
				body.currency(), body.startDate(), body.plannedGoLive(), null), body.template());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(ProjectJson.of(created));
	}

	@Operation(operationId = "getProject", summary = "A project with its organisation and plan")
	@GetMapping("/{id}")
	ProjectDetailJson get(ProjectHandle handle) {
		ProjectSummary project = handle.project();
		List<MemberJson> members = members(this.projects.organisation(handle));
		com.crmtracker.project.ProjectPlan plan = this.plans.plan(handle);
		return new ProjectDetailJson(project.id(), project.name(), project.organisation(), project.currency(),
				project.startDate(), project.plannedGoLive(), project.status(), project.template(), project.version(),
				members, plan.phases().stream().map(PlanJson.Phase::of).toList(),
				plan.status().warnings().stream().map(w -> Map.of("code", w.code(), "message", w.message())).toList());
	}

	/**
	 * Changes the fields sent, with the version read; the others keep their values. A new
	 * start date re-dates the costs as the project page's change does (the same facade).
	 * The business-case settings and the scorecard's settings change with it, all in one
	 * transaction ({@link ProjectChanges}), each with the right its page needs.
	 */
	@Operation(operationId = "updateProject",
			summary = "Change a project's name, organisation, currency, status or dates (ADMIN, its DIRECTOR), "
					+ "its business-case settings (FINANCE) and its scorecard's settings (its DIRECTOR)")
	@PatchMapping("/{id}")
	ProjectChangedJson update(ProjectHandle project, @RequestBody ProjectPatch body) {
		if (body.version() == null) {
			throw InvalidInput.of("version", "version.required", "must be the version you read");
		}
		SettingsPatch settings = body.settings();
		ScorecardPatch scorecard = body.scorecard();
		ProjectDraft draft = null;
		// a change of nothing but the version is one of the project (its right, no
		// effect)
		if (body.changesTheProject() || (settings == null && scorecard == null)) {
			ProjectSummary current = this.projects.current(project);
			draft = new ProjectDraft(body.name() == null ? current.name() : body.name(),
					body.organisation() == null ? current.organisation() : body.organisation(),
					body.currency() == null ? current.currency() : body.currency().trim(),
					body.startDate() == null ? current.startDate() : body.startDate(),
					body.plannedGoLive() == null ? current.plannedGoLive() : body.plannedGoLive(),
					body.status() == null ? current.status() : body.status());
		}
		ThresholdsPatch thresholds = scorecard == null ? null : scorecard.thresholds();
		return ProjectChangedJson.of(this.changes.apply(project,
				new ProjectChanges.Change(draft, body.version(),
						settings == null ? null
								: new ProjectChanges.SettingsChange(settings.discountRate(), settings.crmUsers(),
										settings.version()),
						scorecard == null ? null
								: new ProjectChanges.ScorecardChange(scorecard.weights(),
										thresholds == null ? null : thresholds.green(),
										thresholds == null ? null : thresholds.amber(), scorecard.version()))));
	}

	@Operation(summary = "The members of the project's organisation, paged")
	@GetMapping("/{id}/members")
	PageJson<MemberJson> members(ProjectHandle project, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return PageJson.of(members(this.projects.organisation(project)), page, size);
	}

	@Operation(summary = "Remove a member from the organisation (ADMIN, its DIRECTOR)")
	@DeleteMapping("/{id}/members/{memberId}")
	ResponseEntity<Void> removeMember(@Requires(ProjectRight.ADMINISTER) ProjectHandle project,
			@PathVariable long memberId) {
		this.projects.removeMember(project, memberId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Add a member to the organisation (ADMIN, its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/members")
	ResponseEntity<MemberJson> addMember(@Requires(ProjectRight.ADMINISTER) ProjectHandle project,
			@RequestBody NewMemberJson body) {
		Membership membership;
		try {
			membership = body.role() == null ? null : Membership.valueOf(body.role());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("role", "member.membership.required", "must be DIRECTOR, STEERING or TEAM");
		}
		MemberView added = this.projects.addMember(project,
				new NewMember(body.username(), membership, body.projectRole(), body.functionalGroup(),
						body.allocation() == null ? new BigDecimal("100") : body.allocation(),
						Boolean.TRUE.equals(body.chair())));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/members/" + added.id()))
			.body(MemberJson.of(added));
	}

	/** The organisation in its layers: committee, directors, team, functional groups. */
	private static List<MemberJson> members(ProjectOrganisation organisation) {
		return Stream
			.of(organisation.steeringCommittee(), organisation.directors(), organisation.implementationTeam(),
					organisation.functionalGroups().values().stream().flatMap(List::stream).toList())
			.flatMap(List::stream)
			.map(MemberJson::of)
			.toList();
	}

	/**
	 * A project's change: absent fields keep their value; {@code settings} and
	 * {@code scorecard}, when sent, change those settings in the same transaction.
	 */
	record ProjectPatch(String name, String organisation, @Schema(description = "ISO 4217") String currency,
			ProjectStatus status, LocalDate startDate, LocalDate plannedGoLive,
			@Schema(requiredMode = REQUIRED,
					description = "The project's version read (also when only settings change)") Long version,
			@Schema(description = "The business-case settings, as PUT costing-settings changes them "
					+ "(FINANCE); left out: unchanged") SettingsPatch settings,
			@Schema(description = "The scorecard's weights and thresholds, as PUT scorecard/weights and "
					+ "scorecard/thresholds change them (its DIRECTOR); left out: unchanged") ScorecardPatch scorecard) {

		boolean changesTheProject() {
			return this.name != null || this.organisation != null || this.currency != null || this.status != null
					|| this.startDate != null || this.plannedGoLive != null;
		}

	}

	/** The business-case settings to change; a field left out keeps its value. */
	record SettingsPatch(
			@Schema(type = "string", pattern = AmountText.PATTERN, example = "0.08",
					description = "The discount rate per year, 0 to 1") Object discountRate,
			@Schema(type = "integer", format = "int32", minimum = "1",
					description = "The number of CRM users") Object crmUsers,
			@Schema(type = "integer", format = "int64", requiredMode = REQUIRED,
					description = "The settings' version read (GET costing-settings; -1 while the defaults apply)") Object version) {
	}

	/** The scorecard's settings to change; a part left out stays as it is. */
	record ScorecardPatch(
			@Schema(implementation = PerspectiveWeights.class,
					description = "The four perspective weights, summing to 1") Map<String, Object> weights,
			@Schema(description = "Where green and amber begin") ThresholdsPatch thresholds,
			@Schema(type = "integer", format = "int64", requiredMode = REQUIRED,
					description = "The scorecard settings' version read (GET scorecard: version)") Object version) {
	}

	/** The weight of each perspective, by code. */
	record PerspectiveWeights(@Schema(requiredMode = REQUIRED) BigDecimal FINANCIAL,
			@Schema(requiredMode = REQUIRED) BigDecimal CUSTOMER,
			@Schema(requiredMode = REQUIRED) BigDecimal INTERNAL_PROCESS,
			@Schema(requiredMode = REQUIRED) BigDecimal LEARNING_GROWTH) {
	}

	record ThresholdsPatch(@Schema(requiredMode = REQUIRED) BigDecimal green,
			@Schema(requiredMode = REQUIRED) BigDecimal amber) {
	}

	/** A project after its change, with its settings and their versions. */
	record ProjectChangedJson(long id, String name, String organisation, String currency, LocalDate startDate,
			LocalDate plannedGoLive, ProjectStatus status, long version, CostingApi.SettingsJson settings,
			ScorecardSettingsJson scorecard) {

		static ProjectChangedJson of(ProjectChanges.Changed changed) {
			ProjectSummary p = changed.project();
			return new ProjectChangedJson(p.id(), p.name(), p.organisation(), p.currency(), p.startDate(),
					p.plannedGoLive(), p.status(), p.version(), CostingApi.SettingsJson.of(changed.settings()),
					ScorecardSettingsJson.of(changed.scorecard()));
		}

	}

	/** The scorecard's weights and thresholds, with the version to send back. */
	record ScorecardSettingsJson(Map<Perspective, BigDecimal> weights, Map<String, BigDecimal> thresholds,
			long version) {

		static ScorecardSettingsJson of(ScorecardView card) {
			Map<Perspective, BigDecimal> weights = new java.util.EnumMap<>(Perspective.class);
			card.perspectives().forEach(p -> weights.put(p.perspective(), ScorecardApi.num(p.weight())));
			return new ScorecardSettingsJson(weights, Map.of("green", ScorecardApi.num(card.thresholds().green()),
					"amber", ScorecardApi.num(card.thresholds().amber())), card.settingsVersion());
		}

	}

	record NewProjectJson(@Schema(requiredMode = REQUIRED) String name,
			@Schema(requiredMode = REQUIRED) String organisation,
			@Schema(requiredMode = REQUIRED, description = "ISO 4217", example = "CNY") String currency,
			@Schema(requiredMode = REQUIRED) LocalDate startDate,
			@Schema(requiredMode = REQUIRED) LocalDate plannedGoLive,
			@Schema(description = "A methodology template code, NINE_PHASE when absent") String template) {
	}

	record ProjectJson(long id, String name, String organisation, String currency, LocalDate startDate,
			LocalDate plannedGoLive, ProjectStatus status, long version) {

		static ProjectJson of(ProjectSummary p) {
			return new ProjectJson(p.id(), p.name(), p.organisation(), p.currency(), p.startDate(), p.plannedGoLive(),
					p.status(), p.version());
		}

	}

	record ProjectDetailJson(long id, String name, String organisation, String currency, LocalDate startDate,
			LocalDate plannedGoLive, ProjectStatus status, String template, long version, List<MemberJson> members,
			List<PlanJson.Phase> phases, List<Map<String, String>> warnings) {
	}

	record NewMemberJson(@Schema(requiredMode = REQUIRED) String username,
			@Schema(implementation = Membership.class, requiredMode = REQUIRED) String role, String projectRole,
			FunctionalGroup functionalGroup,
			@Schema(description = "Percent of time, 100 when absent") BigDecimal allocation, Boolean chair) {
	}

	record MemberJson(long id, String username, String displayName, Membership role,
			@Schema(nullable = true) String projectRole, @Schema(nullable = true) FunctionalGroup functionalGroup,
			BigDecimal allocation, boolean chair, boolean allocationBelowRule, @Schema(nullable = true,
					description = "The role in Chinese where the application wrote it in both languages") String projectRoleZh) {

		static MemberJson of(MemberView m) {
			return new MemberJson(m.id(), m.username(), m.displayName(), m.membership(), m.projectRole(),
					m.functionalGroup(), m.allocation(), m.chair(), m.allocationBelowRule(), m.projectRoleZh());
		}

	}

}
