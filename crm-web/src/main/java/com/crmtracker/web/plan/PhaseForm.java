package com.crmtracker.web.plan;

import java.time.LocalDate;

import com.crmtracker.project.PhaseDates;
import com.crmtracker.project.PhaseView;
import jakarta.validation.constraints.NotNull;

/** The dates of a phase, with the version the director read. */
public record PhaseForm(@NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd, LocalDate actualStart,
		LocalDate actualEnd, @NotNull Long version) {

	static PhaseForm of(PhaseView phase) {
		return new PhaseForm(phase.plannedStart(), phase.plannedEnd(), phase.actualStart(), phase.actualEnd(),
				phase.version());
	}

	PhaseDates dates() {
		return new PhaseDates(this.plannedStart, this.plannedEnd, this.actualStart, this.actualEnd);
	}

}
