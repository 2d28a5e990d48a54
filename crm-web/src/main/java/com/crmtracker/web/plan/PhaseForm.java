package com.crmtracker.web.plan;

import java.time.LocalDate;

import com.crmtracker.project.PhaseDates;
import com.crmtracker.project.PhaseView;

import org.springframework.format.annotation.DateTimeFormat;

/** The dates of a phase, with the version the director read. */
public class PhaseForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualEnd;

	private long version;

	static PhaseForm of(PhaseView phase) {
		PhaseForm form = new PhaseForm();
		form.plannedStart = phase.plannedStart();
		form.plannedEnd = phase.plannedEnd();
		form.actualStart = phase.actualStart();
		form.actualEnd = phase.actualEnd();
		form.version = phase.version();
		return form;
	}

	PhaseDates dates() {
		return new PhaseDates(this.plannedStart, this.plannedEnd, this.actualStart, this.actualEnd);
	}

	public LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public void setPlannedStart(LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public LocalDate getPlannedEnd() {
		return this.plannedEnd;
	}

	public void setPlannedEnd(LocalDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public LocalDate getActualStart() {
		return this.actualStart;
	}

	public void setActualStart(LocalDate actualStart) {
		this.actualStart = actualStart;
	}

	public LocalDate getActualEnd() {
		return this.actualEnd;
	}

	public void setActualEnd(LocalDate actualEnd) {
		this.actualEnd = actualEnd;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
