package com.crmtracker.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.ProjectId;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phase gates: a phase whose deliverables are all complete awaits its gate; only a member
 * of the project's steering committee approves it (done) or rejects it with a reason
 * (back in progress). Every decision is kept with who and when.
 */
@Service
@Transactional(readOnly = true)
public class PhaseGates {

	private final ProjectPlans plans;

	private final ProjectPhaseRepository phases;

	private final GateRecordRepository gates;

	private final ProjectAccess access;

	PhaseGates(ProjectPlans plans, ProjectPhaseRepository phases, GateRecordRepository gates, ProjectAccess access) {
		this.plans = plans;
		this.phases = phases;
		this.gates = gates;
		this.access = access;
	}

	/**
	 * @deprecated the handle knows: {@code may(ProjectRight.DECIDE_GATES)}
	 */
	@Deprecated(forRemoval = true)
	public boolean mayDecide(Actor actor, ProjectId project) {
		return this.access.sitsOnCommittee(actor, project);
	}

	/** The phases of a project awaiting their gate. */
	public List<PhaseView> awaiting(ProjectHandle project) {
		return this.plans.load(project.value(), LocalDate.now()).awaitingGate();
	}

	/**
	 * @deprecated take a {@link ProjectHandle}
	 */
	@Deprecated(forRemoval = true)
	public List<PhaseView> awaiting(Actor actor, ProjectId project) {
		return this.plans.plan(actor, project).awaitingGate();
	}

	@Transactional
	public PhaseView decide(Actor actor, ProjectId project, int number, GateDecision decision, String reason) {
		this.access.requireSteering(actor, project);
		ProjectPhase phase = this.plans.phase(project, number);
		if (reason != null && reason.trim().length() > 2000) {
			throw com.crmtracker.domain.InvalidInput.of("reason", "gate.reason.tooLong",
					"must be at most 2000 characters");
		}
		PhaseStatus next = PlanRules.afterGate(phase.status(), decision, reason);
		phase.gateDecided(next, LocalDate.now());
		try {
			this.phases.saveAndFlush(phase);
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new Conflict("gate.notAwaiting", "Someone decided or changed the phase at the same time");
		}
		this.gates.saveAndFlush(new GateRecord(phase.id(), decision, reason, actor.username(), Instant.now()));
		return this.plans.load(project.value(), LocalDate.now()).phase(number);
	}

}
