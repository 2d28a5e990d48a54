package com.crmtracker.web.plan;

import java.time.LocalDate;

import com.crmtracker.project.PhaseDates;
import com.crmtracker.project.PhaseView;
import jakarta.validation.constraints.NotNull;

/**
 * The dates of a phase, with the version the director read; {@code moveDeliverables}
 * (ticked when the form opens; unticked a browser sends nothing) moves the open
 * deliverables with the planned dates.
 */
public record PhaseForm(@NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd, LocalDate actualStart,
		LocalDate actualEnd, @NotNull Long version, Boolean moveDeliverables) {

	static PhaseForm of(PhaseView phase) {
		return new PhaseForm(phase.plannedStart(), phase.plannedEnd(), phase.actualStart(), phase.actualEnd(),
				phase.version(), true);
	}

	boolean movesDeliverables() {
		return Boolean.TRUE.equals(this.moveDeliverables);
	}

	PhaseDates dates() {
		return new PhaseDates(this.plannedStart, this.plannedEnd, this.actualStart, this.actualEnd);
	}

}
