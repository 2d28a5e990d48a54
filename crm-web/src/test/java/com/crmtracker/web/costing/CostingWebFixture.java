package com.crmtracker.web.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;

/**
 * A fresh project directed by the demo {@code director}, with the demo {@code steering}
 * on its committee, and an outsider director who does not see it (all passwords
 * {@code demo}, the outsider's {@code outsider-password}).
 */
final class CostingWebFixture {

	static final String OUTSIDER = "cost.outsider";

	static final String OUTSIDER_PASSWORD = "outsider-password";

	private static final AtomicInteger counter = new AtomicInteger();

	private CostingWebFixture() {
	}

	static long aProject(Projects projects, ProjectAccess access, UserDirectory users, String startDate) {
		if (users.find(OUTSIDER).isEmpty()) {
			users.createDemoUser(OUTSIDER, "Outsider", OUTSIDER_PASSWORD, Set.of(Role.DIRECTOR));
		}
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		LocalDate start = LocalDate.parse(startDate);
		ProjectId id = projects
			.create(director,
					new ProjectDraft("Costing web " + counter.incrementAndGet() + " " + System.nanoTime(), "Org", "CNY",
							start, start.plusMonths(9), ProjectStatus.ACTIVE),
					null)
			.projectId();
		projects.addMember(access.open(director, id),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), false));
		return id.value();
	}

}
