package com.crmtracker.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see or change which project, decided once per request at the edge. Admins and
 * finance see every project; a director sees the projects he or she directs, a steering
 * member those whose committee he or she sits on. To anybody else a project does not
 * exist: {@link NotFound}, never {@link Forbidden}. What the actor may do beyond reading
 * travels in the {@link ProjectHandle}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccess {

	private final ProjectRepository projects;

	private final ProjectMemberRepository members;

	ProjectAccess(ProjectRepository projects, ProjectMemberRepository members) {
		this.projects = projects;
		this.members = members;
	}

	/**
	 * The project as the actor may use it; {@link NotFound} when it does not exist or the
	 * actor may not see it.
	 */
	public ProjectHandle open(Actor actor, ProjectId id) {
		Project project = this.projects.findById(id.value()).orElseThrow(() -> new NotFound("No project " + id));
		List<Membership> memberships = this.members.findByProjectIdAndUsername(id.value(), actor.username())
			.stream()
			.map(ProjectMember::membership)
			.toList();
		Set<ProjectRight> rights = rights(actor, memberships);
		if (!actor.seesAllProjects() && !sees(actor, memberships)) {
			throw new NotFound("No project " + id);
		}
		return new ProjectHandle(actor, project.summary(), rights);
	}

	/**
	 * Every project the actor sees, by name, each with the actor's rights: two queries.
	 */
	public List<ProjectHandle> openVisible(Actor actor) {
		return openWork(actor).visible();
	}

	/**
	 * The projects the actor sees, each with his or her rights, and those whose
	 * implementation team he or she works in without seeing them (a team member holds no
	 * director or steering right there): those are known to him or her by name only, for
	 * the deliverables he or she owns in them, and get no handle. Two queries.
	 */
	public Work openWork(Actor actor) {
		Map<Long, List<Membership>> byProject = new HashMap<>();
		for (ProjectMember member : this.members.findByUsername(actor.username())) {
			byProject.computeIfAbsent(member.projectId(), k -> new ArrayList<>()).add(member.membership());
		}
		Collection<Project> found = actor.seesAllProjects() ? this.projects.findAllByOrderByName()
				: this.projects
					.findAllById(byProject.entrySet()
						.stream()
						.filter(e -> sees(actor, e.getValue()) || e.getValue().contains(Membership.TEAM))
						.map(Map.Entry::getKey)
						.toList())
					.stream()
					.sorted(java.util.Comparator.comparing((Project p) -> p.summary().name())
						.thenComparing(p -> p.summary().id()))
					.toList();
		List<ProjectHandle> visible = new ArrayList<>();
		List<ProjectSummary> teamOnly = new ArrayList<>();
		for (Project p : found) {
			List<Membership> memberships = byProject.getOrDefault(p.id(), List.of());
			if (actor.seesAllProjects() || sees(actor, memberships)) {
				visible.add(new ProjectHandle(actor, p.summary(), rights(actor, memberships)));
			}
			else {
				teamOnly.add(p.summary());
			}
		}
		return new Work(actor, List.copyOf(visible), List.copyOf(teamOnly));
	}

	/**
	 * What {@link #openWork} found: the projects the actor sees, and those of whose team
	 * he or she is a member without seeing them.
	 */
	public record Work(Actor actor, List<ProjectHandle> visible, List<ProjectSummary> teamOnly) {
	}

	/** A handle for a project the actor has just created. */
	ProjectHandle created(Actor actor, Project project) {
		return open(actor, new ProjectId(project.id()));
	}

	private static boolean sees(Actor actor, List<Membership> memberships) {
		return (actor.has(Role.DIRECTOR) && memberships.contains(Membership.DIRECTOR))
				|| (actor.has(Role.STEERING) && memberships.contains(Membership.STEERING));
	}

	static Set<ProjectRight> rights(Actor actor, List<Membership> memberships) {
		Set<ProjectRight> rights = EnumSet.noneOf(ProjectRight.class);
		boolean directs = actor.has(Role.DIRECTOR) && memberships.contains(Membership.DIRECTOR);
		if (directs) {
			rights.add(ProjectRight.EDIT_PLAN);
		}
		if (directs || actor.has(Role.ADMIN)) {
			rights.add(ProjectRight.ADMINISTER);
		}
		if (actor.has(Role.FINANCE) || actor.has(Role.ADMIN)) {
			rights.add(ProjectRight.CHANGE_MONEY);
		}
		if (actor.has(Role.STEERING) && memberships.contains(Membership.STEERING)) {
			rights.add(ProjectRight.DECIDE_GATES);
		}
		return rights;
	}

}
