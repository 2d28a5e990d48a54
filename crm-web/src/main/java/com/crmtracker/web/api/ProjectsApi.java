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
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.support.JsonApi;
import com.crmtracker.web.support.Requires;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@JsonApi("/api/v1/projects")
class ProjectsApi {

	private final Projects projects;

	private final ProjectPlans plans;

	private final ProjectAccess access;

	ProjectsApi(Projects projects, ProjectPlans plans, ProjectAccess access) {
		this.access = access;
		this.projects = projects;
		this.plans = plans;
	}

	@GetMapping
	List<ProjectJson> list(Actor actor) {
		return this.access.openVisible(actor).stream().map(ProjectHandle::project).map(ProjectJson::of).toList();
	}

	@PostMapping
	ResponseEntity<ProjectJson> create(Actor actor, @RequestBody NewProjectJson body) {
		ProjectSummary created = this.projects.create(actor, new ProjectDraft(body.name(), body.organisation(),
				body.currency(), body.startDate(), body.plannedGoLive(), null), body.template());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(ProjectJson.of(created));
	}

	@GetMapping("/{id}")
	ProjectDetailJson get(ProjectHandle handle) {
		ProjectSummary project = handle.project();
		ProjectOrganisation organisation = this.projects.organisation(handle);
		List<MemberJson> members = Stream
			.of(organisation.steeringCommittee(), organisation.directors(), organisation.implementationTeam(),
					organisation.functionalGroups().values().stream().flatMap(List::stream).toList())
			.flatMap(List::stream)
			.map(MemberJson::of)
			.toList();
		com.crmtracker.project.ProjectPlan plan = this.plans.plan(handle);
		return new ProjectDetailJson(project.id(), project.name(), project.organisation(), project.currency(),
				project.startDate(), project.plannedGoLive(), project.status(), project.template(), project.version(),
				members, plan.phases().stream().map(PlanJson.Phase::of).toList(),
				plan.status().warnings().stream().map(w -> Map.of("code", w.code(), "message", w.message())).toList());
	}

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
		return ResponseEntity.status(HttpStatus.CREATED).body(MemberJson.of(added));
	}

	record NewProjectJson(String name, String organisation, String currency, LocalDate startDate,
			LocalDate plannedGoLive, String template) {
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

	record NewMemberJson(String username, String role, String projectRole, FunctionalGroup functionalGroup,
			BigDecimal allocation, Boolean chair) {
	}

	record MemberJson(long id, String username, String displayName, Membership role, String projectRole,
			FunctionalGroup functionalGroup, BigDecimal allocation, boolean chair, boolean allocationBelowRule) {

		static MemberJson of(MemberView m) {
			return new MemberJson(m.id(), m.username(), m.displayName(), m.membership(), m.projectRole(),
					m.functionalGroup(), m.allocation(), m.chair(), m.allocationBelowRule());
		}

	}

}
