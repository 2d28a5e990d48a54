package com.crmtracker.project;

import java.util.Set;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see or change which project. Admins and finance see every project; a director
 * sees the projects he or she directs, a steering member those whose committee he or she
 * sits on. To anybody else a project does not exist: {@link NotFound}, never
 * {@link Forbidden}.
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

	public boolean canSee(Actor actor, ProjectId project) {
		if (!this.projects.existsById(project.value())) {
			return false;
		}
		return actor.seesAllProjects() || directs(actor, project) || sitsOnCommittee(actor, project);
	}

	/**
	 * Whether the actor directs the project: holds the DIRECTOR role and is its director.
	 */
	public boolean directs(Actor actor, ProjectId project) {
		return actor.has(Role.DIRECTOR) && this.members.existsByProjectIdAndUsernameAndMembership(project.value(),
				actor.username(), Membership.DIRECTOR);
	}

	/** Whether the actor holds the STEERING role and sits on the project's committee. */
	public boolean sitsOnCommittee(Actor actor, ProjectId project) {
		return actor.has(Role.STEERING) && this.members.existsByProjectIdAndUsernameAndMembership(project.value(),
				actor.username(), Membership.STEERING);
	}

	/**
	 * The ids of the projects the actor sees as a member (not those seen by company
	 * role).
	 */
	public Set<Long> memberProjectIds(Actor actor) {
		Set<Long> ids = new java.util.HashSet<>();
		if (actor.has(Role.DIRECTOR)) {
			ids.addAll(this.members.findByUsernameAndMembership(actor.username(), Membership.DIRECTOR)
				.stream()
				.map(ProjectMember::projectId)
				.collect(Collectors.toSet()));
		}
		if (actor.has(Role.STEERING)) {
			ids.addAll(this.members.findByUsernameAndMembership(actor.username(), Membership.STEERING)
				.stream()
				.map(ProjectMember::projectId)
				.collect(Collectors.toSet()));
		}
		return ids;
	}

	public void requireVisible(Actor actor, ProjectId project) {
		if (!canSee(actor, project)) {
			throw new NotFound("No project " + project);
		}
	}

	/** The project's own director may change its plan and scorecard. */
	public void requireDirector(Actor actor, ProjectId project) {
		requireVisible(actor, project);
		if (!directs(actor, project)) {
			throw new Forbidden("Only the project's director may change this");
		}
	}

	/** Its director, or an admin, may change the project's facts and organisation. */
	public void requireDirectorOrAdmin(Actor actor, ProjectId project) {
		requireVisible(actor, project);
		if (!actor.has(Role.ADMIN) && !directs(actor, project)) {
			throw new Forbidden("Only an admin or the project's director may change this");
		}
	}

	/** Only a member of the project's steering committee decides its gates and grades. */
	public void requireSteering(Actor actor, ProjectId project) {
		requireVisible(actor, project);
		if (!sitsOnCommittee(actor, project)) {
			throw new Forbidden("Only a member of the project's steering committee may do this");
		}
	}

	/** Finance (and admins) change the money of any project they see. */
	public void requireFinance(Actor actor, ProjectId project) {
		requireVisible(actor, project);
		if (!actor.has(Role.FINANCE) && !actor.has(Role.ADMIN)) {
			throw new Forbidden("Only finance may change costs and benefits");
		}
	}

}
