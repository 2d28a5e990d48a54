package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;

/** Users and projects in domain words, with unique names per test. */
final class PlanFixtures {

	private static final AtomicInteger counter = new AtomicInteger();

	private final UserDirectory users;

	private final Projects projects;

	final Actor director;

	final Actor steering;

	final Actor otherDirector;

	final Actor finance;

	final Actor admin;

	private final ProjectAccess access;

	PlanFixtures(UserDirectory users, Projects projects, ProjectAccess access) {
		this.access = access;
		this.users = users;
		this.projects = projects;
		String n = "p" + System.nanoTime() % 100000 + "x" + counter.incrementAndGet();
		this.director = user("dir-" + n, Role.DIRECTOR);
		this.steering = user("steer-" + n, Role.STEERING);
		this.otherDirector = user("odir-" + n, Role.DIRECTOR);
		this.finance = user("fin-" + n, Role.FINANCE);
		this.admin = user("adm-" + n, Role.ADMIN);
	}

	private Actor user(String username, Role role) {
		this.users.create(new NewUser(username, "Correct-horse-9", "Name of " + username, Set.of(role)));
		return new Actor(username, Set.of(role));
	}

	/**
	 * A person without a role in the implementation team of the project (who sees no
	 * project), named by display name.
	 */
	Actor aTeamMember(ProjectId project, String displayName) {
		String username = "team-" + System.nanoTime() % 100000 + "x" + counter.incrementAndGet();
		this.users.create(new NewUser(username, "Correct-horse-9", displayName, Set.of()));
		this.projects.addMember(open(this.director, project),
				new NewMember(username, Membership.TEAM, null, null, new BigDecimal("80"), false));
		return new Actor(username, Set.of());
	}

	/** The project as the actor may use it. */
	ProjectHandle open(Actor actor, ProjectId project) {
		return this.access.open(actor, project);
	}

	/**
	 * A nine-phase project directed by the director, the steering member on its
	 * committee.
	 */
	ProjectId aNinePhaseProject() {
		return aProject(Projects.DEFAULT_TEMPLATE);
	}

	ProjectId aProject(String template) {
		return aProject(template, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
	}

	ProjectId aProject(String template, LocalDate start, LocalDate goLive) {
		ProjectSummary project = this.projects.create(this.director,
				new ProjectDraft("CRM " + counter.incrementAndGet(), "Org", "CNY", start, goLive, ProjectStatus.ACTIVE),
				template);
		this.projects.addMember(open(this.director, project.projectId()), new NewMember(this.steering.username(),
				Membership.STEERING, "Chair", null, new BigDecimal("10"), true));
		return project.projectId();
	}

}
