package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A phase of a project with its deliverables and every gate decision, oldest first.
 *
 * @param progress completed deliverable weight / total weight, 0 when it has none
 */
public record PhaseView(int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, PhaseStatus status, BigDecimal progress, long version,
		List<DeliverableView> deliverables, List<GateDecisionView> decisions) {

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameZh);
	}

	/** The latest gate decision, or null. */
	public GateDecisionView lastDecision() {
		return this.decisions.isEmpty() ? null : this.decisions.get(this.decisions.size() - 1);
	}

	public long overdueCount() {
		return this.deliverables.stream().filter(DeliverableView::overdue).count();
	}

	/** Progress as a whole percentage, for display. */
	public int progressPercent() {
		return this.progress.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).intValue();
	}

	PhaseSchedule schedule() {
		return new PhaseSchedule(this.number, this.nameEn, this.nameZh, this.plannedStart, this.plannedEnd,
				this.actualStart, this.actualEnd, this.progress,
				this.deliverables.stream()
					.map(d -> new PhaseSchedule.Completion(d.weight(), d.completedOn()))
					.toList());
	}

}
