package com.crmtracker.project;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.project.rules.PlanRules;

/**
 * Where a project's plan stands on a day: its phases with their progress, the gates
 * awaiting a decision, the overdue deliverables, the worst slip among them (days) and
 * whether the go-live phase ends after the planned go-live. One rule computes it
 * ({@code PlanRules.status}), for the plan page ({@link ProjectPlan#status()}), the
 * portfolio ({@link ProjectPlans#statusOf}) and earned value
 * ({@link ProjectPlans#schedule}) alike.
 */
public record PlanStatus(long projectId, List<PhaseLine> phases, int gatesAwaiting, int overdue, long worstSlipDays,
		GoLiveRisk goLiveRisk) {

	/** The plan's warnings: {@code GO_LIVE_AT_RISK} when the go-live phase ends late. */
	public List<PlanWarning> warnings() {
		return this.goLiveRisk == null ? List.of() : List.of(this.goLiveRisk.warning());
	}

	/** The first phase not done; the last one when all are done; null without phases. */
	public PhaseLine currentPhase() {
		return PlanRules.currentPhase(this.phases);
	}

	/** The progress of the current phase; 0 without phases. */
	public BigDecimal progress() {
		PhaseLine current = currentPhase();
		return current == null ? BigDecimal.ZERO : current.progress();
	}

	public PhaseLine phase(int number) {
		return this.phases.stream().filter(p -> p.number() == number).findFirst().orElse(null);
	}

	/** The phases' dates and progress, for earned value. */
	public List<PhaseSchedule> schedule() {
		return this.phases.stream().map(PhaseLine::schedule).toList();
	}

}
