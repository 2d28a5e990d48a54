package com.crmtracker.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The current plan against a baseline: days of drift per phase and deliverable (positive
 * = later than the baseline).
 */
public record ScheduleComparison(BaselineView baseline, List<PhaseDrift> phases, List<DeliverableDrift> deliverables) {

	public long movedPhases() {
		return this.phases.stream().filter(PhaseDrift::moved).count();
	}

	public long movedDeliverables() {
		return this.deliverables.stream().filter(d -> d.change() != DeliverableDrift.Change.UNCHANGED).count();
	}

	public record PhaseDrift(int number, String nameEn, String nameZh, LocalDate baselineStart, LocalDate baselineEnd,
			LocalDate currentStart, LocalDate currentEnd, long startDrift, long endDrift) {

		public boolean moved() {
			return this.startDrift != 0 || this.endDrift != 0;
		}

		public String name(Locale locale) {
			return Localized.pick(locale, this.nameEn, this.nameZh);
		}

	}

	/**
	 * @param change how the deliverable differs from the baseline
	 */
	public record DeliverableDrift(long deliverableId, int phaseNumber, String name, String nameZh,
			LocalDate baselineDue, LocalDate currentDue, long drift, Change change, boolean overdue) {

		public String name(Locale locale) {
			return Localized.pick(locale, this.name, this.nameZh);
		}

		public enum Change {

			UNCHANGED, MOVED, ADDED, REMOVED

		}

	}

}
