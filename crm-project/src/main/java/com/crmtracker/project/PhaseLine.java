package com.crmtracker.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A phase as the portfolio shows it: no deliverables, only what they add up to, and their
 * weights and completion dates for earned value at a date.
 */
public record PhaseLine(int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, PhaseStatus status, BigDecimal progress,
		List<PhaseSchedule.Completion> completions) {

	public PhaseLine {
		completions = List.copyOf(completions);
	}

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameZh);
	}

	public int progressPercent() {
		return this.progress.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).intValue();
	}

	PhaseSchedule schedule() {
		return new PhaseSchedule(this.number, this.nameEn, this.nameZh, this.plannedStart, this.plannedEnd,
				this.actualStart, this.actualEnd, this.progress, this.completions);
	}

}
