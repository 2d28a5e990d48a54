package com.crmtracker.costing;

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

import org.springframework.stereotype.Component;

/** People and projects in domain words, with names unique per call. */
@Component
class CostingFixture {

	private static final AtomicInteger counter = new AtomicInteger();

	private final UserDirectory users;

	private final Projects projects;

	private final ProjectAccess access;

	CostingFixture(UserDirectory users, Projects projects, ProjectAccess access) {
		this.access = access;
		this.users = users;
		this.projects = projects;
	}

	/**
	 * A project starting on the given day, with its own director, steering member and
	 * finance.
	 */
	Cast aProjectStarting(String startDate) {
		int n = counter.incrementAndGet();
		Actor director = person("dir" + n, Role.DIRECTOR);
		Actor steering = person("steer" + n, Role.STEERING);
		Actor finance = person("fin" + n, Role.FINANCE);
		Actor admin = person("adm" + n, Role.ADMIN);
		Actor outsider = person("out" + n, Role.DIRECTOR);
		LocalDate start = LocalDate.parse(startDate);
		ProjectId id = this.projects
			.create(director,
					new ProjectDraft("Costing test " + n, "Org " + n, "CNY", start, start.plusMonths(9),
							ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(open(director, id), new NewMember(steering.username(), Membership.STEERING, null, null,
				new java.math.BigDecimal("10"), false));
		return new Cast(id, director, steering, finance, admin, outsider, actor -> open(actor, id));
	}

	/** The project as the actor may use it. */
	ProjectHandle open(Actor actor, ProjectId project) {
		return this.access.open(actor, project);
	}

	private Actor person(String username, Role role) {
		this.users.createDemoUser(username, username, "a-long-password-" + username, Set.of(role));
		return new Actor(username, Set.of(role));
	}

	record Cast(ProjectId project, Actor director, Actor steering, Actor finance, Actor admin, Actor outsider,
			java.util.function.Function<Actor, ProjectHandle> opener) {

		/** The project as the actor opens it (an outsider is refused here, 404). */
		ProjectHandle as(Actor actor) {
			return this.opener.apply(actor);
		}

	}

	static CostLineInput aLine(String category, String kind, String date, String amount) {
		return new CostLineInput(category, "DEVELOPMENT", kind, date, amount, "Acme", null, null, null, null);
	}

	static CostLineInput aLicenceLine(String date, String amount) {
		return new CostLineInput("SOFTWARE", "DEVELOPMENT", "PLANNED", date, amount, "Salesforce", "CRM licences", null,
				null, null);
	}

}
