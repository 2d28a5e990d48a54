package com.crmtracker.project;

import java.util.Comparator;
import java.util.List;

/**
 * Where a project's plan stands on a day, summed by the database: its phases with their
 * progress, the gates awaiting a decision, the overdue deliverables and the worst slip
 * among them.
 */
public record PlanStatus(long projectId, List<PhaseLine> phases, int gatesAwaiting, int overdue, long worstSlipDays) {

	/** The first phase not done; the last one when all are done; null without phases. */
	public PhaseLine currentPhase() {
		return this.phases.stream()
			.filter(p -> p.status() != PhaseStatus.DONE)
			.min(Comparator.comparingInt(PhaseLine::number))
			.orElse(this.phases.isEmpty() ? null : this.phases.get(this.phases.size() - 1));
	}

	public List<PhaseSchedule> schedule() {
		return this.phases.stream().map(PhaseLine::schedule).toList();
	}

}
