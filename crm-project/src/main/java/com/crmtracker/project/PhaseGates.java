package com.crmtracker.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.rules.PlanRules;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phase gates: a phase whose deliverables are all complete awaits its gate; only a member
 * of the project's steering committee approves it (done) or rejects it with a reason
 * (back in progress); the director may resubmit a rejected phase. Every decision and
 * resubmission is kept with who and when.
 */
@Service
@Transactional(readOnly = true)
public class PhaseGates {

	private final ProjectPlans plans;

	private final ProjectPhaseRepository phases;

	private final GateRecordRepository gates;

	private final ProjectAccess access;

	private final Clock clock;

	PhaseGates(ProjectPlans plans, ProjectPhaseRepository phases, GateRecordRepository gates, ProjectAccess access,
			Clock clock) {
		this.plans = plans;
		this.phases = phases;
		this.gates = gates;
		this.access = access;
		this.clock = clock;
	}

	/** The phases of a project awaiting their gate. */
	public List<PhaseView> awaiting(ProjectHandle project) {
		return this.plans.plan(project).awaitingGate();
	}

	/**
	 * Approves or rejects the gate of a phase awaiting it; only a member of the project's
	 * steering committee may.
	 */
	@Transactional
	public PhaseView decide(ProjectHandle project, int number, GateDecision decision, String reason) {
		project.require(ProjectRight.DECIDE_GATES);
		ProjectPhase phase = this.plans.phase(project.id(), number);
		if (reason != null && reason.trim().length() > 2000) {
			throw InvalidInput.of("reason", "gate.reason.tooLong", "must be at most 2000 characters");
		}
		PhaseStatus next = PlanRules.afterGate(phase.status(), decision, reason);
		phase.gateDecided(next, LocalDate.now(this.clock));
		try {
			this.phases.saveAndFlush(phase);
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new Conflict("gate.notAwaiting", "Someone decided or changed the phase at the same time");
		}
		this.gates
			.saveAndFlush(new GateRecord(phase.id(), decision, reason, project.username(), Instant.now(this.clock)));
		return this.plans.plan(project).phase(number);
	}

	/**
	 * The director resubmits a rejected phase for its gate, with an optional note: the
	 * phase awaits its gate again and the gate record keeps the resubmission after the
	 * rejection.
	 */
	@Transactional
	public PhaseView resubmit(ProjectHandle project, int number, String note) {
		project.require(ProjectRight.EDIT_PLAN);
		ProjectPhase phase = this.plans.phase(project.id(), number);
		if (note != null && note.trim().length() > 2000) {
			throw InvalidInput.of("note", "gate.note.tooLong", "must be at most 2000 characters");
		}
		PhaseView current = this.plans.plan(project).phase(number);
		GateDecisionView last = current.lastDecision();
		PhaseStatus next = PlanRules.afterResubmit(phase.status(), last == null ? null : last.decision(),
				current.deliverables().size(),
				(int) current.deliverables().stream().filter(d -> d.completedOn() != null).count());
		phase.resubmitted(next);
		try {
			this.phases.saveAndFlush(phase);
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new Conflict("gate.resubmit.notRejected", "Someone changed the phase at the same time");
		}
		this.gates.saveAndFlush(
				new GateRecord(phase.id(), GateDecision.RESUBMIT, note, project.username(), Instant.now(this.clock)));
		return this.plans.plan(project).phase(number);
	}

}
