package com.crmtracker.project;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of a project as of a day: its phases in order, and where it stands
 * ({@link #status()}), computed by the same rule as the portfolio's.
 */
public record ProjectPlan(long projectId, LocalDate today, List<PhaseView> phases, PlanStatus status) {

	public List<DeliverableView> overdueDeliverables() {
		return this.phases.stream().flatMap(p -> p.deliverables().stream()).filter(DeliverableView::overdue).toList();
	}

	public List<PhaseView> awaitingGate() {
		return this.phases.stream().filter(p -> p.status() == PhaseStatus.AWAITING_GATE).toList();
	}

	/** The phase the project is in (see {@link PlanStatus#currentPhase()}). */
	public PhaseView currentPhase() {
		PhaseLine current = this.status.currentPhase();
		return current == null ? null : phase(current.number());
	}

	public PhaseView phase(int number) {
		return this.phases.stream().filter(p -> p.number() == number).findFirst().orElse(null);
	}

	public DeliverableView deliverable(long id) {
		return this.phases.stream()
			.flatMap(p -> p.deliverables().stream())
			.filter(d -> d.id() == id)
			.findFirst()
			.orElse(null);
	}

}
