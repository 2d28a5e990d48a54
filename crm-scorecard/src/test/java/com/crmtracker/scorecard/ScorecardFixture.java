package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;

/**
 * A project with its own director, a steering member, an outsider and finance, each of
 * whom opens the project as the edge would.
 */
record ScorecardFixture(ProjectId project, Actor director, Actor steering, Actor otherDirector, Actor finance,
		ProjectAccess access) {

	private static final AtomicInteger counter = new AtomicInteger();

	static ScorecardFixture aProjectWithCommittee(UserDirectory users, Projects projects, ProjectAccess access) {
		String n = System.nanoTime() % 100000 + "" + counter.incrementAndGet();
		Actor director = user(users, "dir" + n, Role.DIRECTOR);
		Actor steering = user(users, "steer" + n, Role.STEERING);
		Actor other = user(users, "other" + n, Role.DIRECTOR);
		Actor finance = user(users, "fin" + n, Role.FINANCE);
		ProjectId project = projects
			.create(director,
					new ProjectDraft("Scorecard project " + n, "Org", "CNY", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 12, 31), ProjectStatus.ACTIVE),
					null)
			.projectId();
		projects.addMember(access.open(director, project),
				new NewMember(steering.username(), Membership.STEERING, null, null, new BigDecimal("10"), true));
		return new ScorecardFixture(project, director, steering, other, finance, access);
	}

	ProjectHandle asDirector() {
		return this.access.open(this.director, this.project);
	}

	ProjectHandle asSteering() {
		return this.access.open(this.steering, this.project);
	}

	ProjectHandle asFinance() {
		return this.access.open(this.finance, this.project);
	}

	/** A director of another project: to him this project does not exist. */
	ProjectHandle asOtherDirector() {
		return this.access.open(this.otherDirector, this.project);
	}

	private static Actor user(UserDirectory users, String username, Role role) {
		users.createDemoUser(username, username, "secret-password-1", Set.of(role));
		return new Actor(username, Set.of(role));
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
