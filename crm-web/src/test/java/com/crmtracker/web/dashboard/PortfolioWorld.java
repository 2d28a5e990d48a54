package com.crmtracker.web.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineInput;
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
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;

import org.springframework.stereotype.Component;

/**
 * Projects in domain words for the portfolio and dashboard tests, built through the
 * facades.
 */
@Component
public class PortfolioWorld {

	static final Actor FINANCE = new Actor("finance", Set.of(Role.FINANCE));

	private final UserDirectory users;

	private final Projects projects;

	private final ProjectPlans plans;

	private final CostLedger ledger;

	private final Scorecards scorecards;

	private final ProjectAccess access;

	PortfolioWorld(UserDirectory users, Projects projects, ProjectAccess access, ProjectPlans plans, CostLedger ledger,
			Scorecards scorecards) {
		this.access = access;
		this.users = users;
		this.projects = projects;
		this.plans = plans;
		this.ledger = ledger;
		this.scorecards = scorecards;
	}

	ProjectHandle open(Actor actor, ProjectSummary project) {
		return this.access.open(actor, project.projectId());
	}

	Actor aDirector(String username) {
		if (this.users.find(username).isEmpty()) {
			this.users.create(new NewUser(username, "director secret 1", username, Set.of(Role.DIRECTOR)));
		}
		return new Actor(username, Set.of(Role.DIRECTOR));
	}

	Actor aSteeringMember(String username) {
		if (this.users.find(username).isEmpty()) {
			this.users.create(new NewUser(username, "steering secret 1", username, Set.of(Role.STEERING)));
		}
		return new Actor(username, Set.of(Role.STEERING));
	}

	/**
	 * A nine-phase project that started ~3 months ago, with the demo steering member on
	 * its committee.
	 */
	ProjectSummary aNinePhaseProject(Actor director, String name) {
		ProjectSummary project = this.projects.create(director, new ProjectDraft(name, "Acme", "CNY", LocalDate.now(),
				LocalDate.now().plusMonths(12), ProjectStatus.ACTIVE), null);
		this.projects.addMember(this.access.open(director, project.projectId()),
				new NewMember("steering", Membership.STEERING, "Chair", null, new BigDecimal("10"), true));
		return project;
	}

	/**
	 * A person of the implementation team: no role of his own, a member of the project.
	 */
	Actor aTeamMember(Actor director, ProjectSummary project, String username, String displayName) {
		this.users.create(new NewUser(username, "team secret 12", displayName, Set.of()));
		this.projects.addMember(this.access.open(director, project.projectId()),
				new NewMember(username, Membership.TEAM, "Key user", null, new BigDecimal("80"), false));
		return new Actor(username, Set.of());
	}

	void joinCommittee(Actor director, ProjectSummary project, Actor steering) {
		this.projects.addMember(this.access.open(director, project.projectId()),
				new NewMember(steering.username(), Membership.STEERING, "Member", null, new BigDecimal("5"), false));
	}

	/** Phase 1's deliverables all complete, so its gate waits for the committee. */
	void completePhaseOne(Actor director, ProjectSummary project) {
		PhaseView first = this.plans.plan(open(director, project)).phase(1);
		for (DeliverableView d : first.deliverables()) {
			if (!d.complete()) {
				this.plans.complete(open(director, project), d.id(), d.version(), LocalDate.now());
			}
		}
	}

	/**
	 * An open deliverable of phase 2, owned by the director, that was due {@code days}
	 * days ago.
	 */
	void anOverdueDeliverable(Actor director, ProjectSummary project, int days) {
		this.plans.addDeliverable(open(director, project), 2,
				new com.crmtracker.project.DeliverableDraft("Late blueprint " + days, director.username(),
						LocalDate.now().minusDays(days), null, BigDecimal.ONE, null));
	}

	void aCost(ProjectSummary project, String kind, String stage, LocalDate date, String amount, Integer phase) {
		this.ledger.create(this.access.open(FINANCE, project.projectId()), new CostLineInput("SOFTWARE", stage, kind,
				date.toString(), amount, "Vendor", "Licence", phase == null ? null : phase.toString(), null, null));
	}

	/** Planned 100,000 by now and 180,000 actually spent: over budget. */
	void overBudget(ProjectSummary project) {
		aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now().minusMonths(2), "100000.00", 1);
		aCost(project, "ACTUAL", "DEVELOPMENT", LocalDate.now().minusMonths(1), "180000.00", 1);
	}

	void aScoredKpi(Actor director, ProjectSummary project, String value) {
		var kpi = this.scorecards.addFromLibrary(open(director, project), "CUSTOMER_SATISFACTION", new BigDecimal("60"),
				new BigDecimal("80"), BigDecimal.ONE, PeriodType.QUARTER);
		this.scorecards.record(open(director, project), kpi.id(),
				new MeasurementInput("2026-Q3", new BigDecimal(value), null, null, null));
	}

	/**
	 * Phase 1 complete and awaiting its gate, a deliverable 30 days late, 80% over
	 * budget.
	 */
	ProjectSummary aLateOverBudgetProjectAwaitingItsFirstGate(Actor director, String name) {
		ProjectSummary project = aNinePhaseProject(director, name);
		completePhaseOne(director, project);
		anOverdueDeliverable(director, project, 30);
		overBudget(project);
		return project;
	}

	LocalDate phaseEnd(Actor director, ProjectSummary project, int number) {
		return this.plans.plan(open(director, project)).phase(number).plannedEnd();
	}

	ProjectId id(ProjectSummary project) {
		return project.projectId();
	}

}
