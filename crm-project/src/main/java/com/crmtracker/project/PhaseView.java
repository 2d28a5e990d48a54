package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.project.rules.PlanRules;

/**
 * A phase of a project with its deliverables and its gate record: every decision and
 * resubmission, oldest first.
 *
 * @param progress completed deliverable weight / total weight, 0 when it has none
 * @param actualStartSuggested the actual start was suggested by the first completion, not
 * recorded by the director
 * @param goLive the go-live phase of the project's template
 */
public record PhaseView(int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, PhaseStatus status, BigDecimal progress, long version,
		List<DeliverableView> deliverables, List<GateDecisionView> decisions, boolean actualStartSuggested,
		boolean goLive) {

	/** Whether the director may resubmit the phase for its gate now. */
	public boolean resubmittable() {
		GateDecisionView last = lastDecision();
		return PlanRules.mayResubmit(this.status, last == null ? null : last.decision(), this.deliverables.size(),
				(int) this.deliverables.stream().filter(d -> d.completedOn() != null).count());
	}

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
