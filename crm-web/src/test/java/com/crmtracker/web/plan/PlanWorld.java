package com.crmtracker.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;

/**
 * Users with every role and a fresh nine-phase project for web tests: its director, a
 * steering member of its committee, finance, an admin, and a director and a steering
 * member of nobody's project here.
 */
public final class PlanWorld {

	public static final String PASSWORD = "Correct-horse-9";

	private static final AtomicInteger counter = new AtomicInteger();

	public final Actor director;

	public final Actor steering;

	public final Actor finance;

	public final Actor admin;

	public final Actor otherDirector;

	public final Actor otherSteering;

	public final ProjectId project;

	private final ProjectPlans plans;

	private final ProjectAccess access;

	public PlanWorld(UserDirectory users, Projects projects, ProjectAccess access, ProjectPlans plans) {
		this.plans = plans;
		this.access = access;
		String n = "w" + (System.nanoTime() % 1_000_000) + "n" + counter.incrementAndGet();
		this.director = user(users, "dir-" + n, Role.DIRECTOR);
		this.steering = user(users, "steer-" + n, Role.STEERING);
		this.finance = user(users, "fin-" + n, Role.FINANCE);
		this.admin = user(users, "adm-" + n, Role.ADMIN);
		this.otherDirector = user(users, "odir-" + n, Role.DIRECTOR);
		this.otherSteering = user(users, "osteer-" + n, Role.STEERING);
		this.project = projects
			.create(this.director,
					new ProjectDraft("Plan " + n, "Org", "CNY", LocalDate.now().minusMonths(2),
							LocalDate.now().plusMonths(8), ProjectStatus.ACTIVE),
					null)
			.projectId();
		projects.addMember(access.open(this.director, this.project), new NewMember(this.steering.username(),
				Membership.STEERING, "Chair", null, new BigDecimal("10"), true));
	}

	private static Actor user(UserDirectory users, String username, Role role) {
		users.create(new NewUser(username, PASSWORD, "Name of " + username, Set.of(role)));
		return new Actor(username, Set.of(role));
	}

	/** The project as the actor may use it. */
	public ProjectHandle open(Actor actor) {
		return this.access.open(actor, this.project);
	}

	public long id() {
		return this.project.value();
	}

	public PhaseView phase(int number) {
		return this.plans.plan(open(this.director)).phase(number);
	}

	/** Completes every deliverable of the phase but the last; returns the last. */
	public DeliverableView completeAllButLast(int number) {
		var deliverables = phase(number).deliverables();
		for (int i = 0; i < deliverables.size() - 1; i++) {
			DeliverableView d = deliverables.get(i);
			this.plans.complete(open(this.director), d.id(), d.version(), null);
		}
		return phase(number).deliverables().get(deliverables.size() - 1);
	}

	/** Brings the phase to its gate. */
	public void awaitGate(int number) {
		DeliverableView last = completeAllButLast(number);
		this.plans.complete(open(this.director), last.id(), last.version(), null);
	}

}
