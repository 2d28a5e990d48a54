package com.crmtracker.project;

import java.time.LocalDate;
import java.util.List;

/** The plan of a project as of a day: its phases in order. */
public record ProjectPlan(long projectId, LocalDate today, List<PhaseView> phases) {

	public List<DeliverableView> overdueDeliverables() {
		return this.phases.stream().flatMap(p -> p.deliverables().stream()).filter(DeliverableView::overdue).toList();
	}

	public List<PhaseView> awaitingGate() {
		return this.phases.stream().filter(p -> p.status() == PhaseStatus.AWAITING_GATE).toList();
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
