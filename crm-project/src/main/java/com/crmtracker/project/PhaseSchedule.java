package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.project.rules.PlanRules;

/**
 * What other modules need of a phase: its number, dates, its progress today (completed
 * deliverable weight / total weight, 0 when it has none) and its deliverables' weights
 * and completion dates, so that earned value can ask the progress at any date
 * ({@link #progressAt}).
 */
public record PhaseSchedule(int number, String name, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, BigDecimal progress, List<Completion> deliverables) {

	public PhaseSchedule {
		deliverables = List.copyOf(deliverables);
	}

	/** The phase's name in the reader's language (Chinese where it has one). */
	public String name(Locale locale) {
		return Localized.pick(locale, this.name, this.nameZh);
	}

	/** The weight of a deliverable and the day it was completed (null while open). */
	public record Completion(BigDecimal weight, LocalDate completedOn) {
	}

	/**
	 * The progress of the phase at t: the weight of the deliverables completed on or
	 * before t / the total weight; 0 when it has none.
	 */
	public BigDecimal progressAt(LocalDate t) {
		return PlanRules.progressAt(this.deliverables, t);
	}

}
