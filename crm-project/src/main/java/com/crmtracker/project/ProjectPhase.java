package com.crmtracker.project;

import java.time.LocalDate;

import com.crmtracker.project.rules.PlanRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "project_phase")
class ProjectPhase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "planned_start", nullable = false)
	private LocalDate plannedStart;

	@Column(name = "planned_end", nullable = false)
	private LocalDate plannedEnd;

	@Column(name = "actual_start")
	private LocalDate actualStart;

	@Column(name = "actual_end")
	private LocalDate actualEnd;

	@Column(name = "actual_start_suggested", nullable = false)
	private boolean actualStartSuggested;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PhaseStatus status = PhaseStatus.NOT_STARTED;

	@Column(name = "go_live", nullable = false, updatable = false)
	private boolean goLive;

	@Version
	private long version;

	protected ProjectPhase() {
	}

	ProjectPhase(long projectId, int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
			boolean goLive) {
		this.goLive = goLive;
		this.projectId = projectId;
		this.number = number;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.plannedStart = plannedStart;
		this.plannedEnd = plannedEnd;
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	int number() {
		return this.number;
	}

	String nameEn() {
		return this.nameEn;
	}

	String nameZh() {
		return this.nameZh;
	}

	LocalDate plannedStart() {
		return this.plannedStart;
	}

	LocalDate plannedEnd() {
		return this.plannedEnd;
	}

	LocalDate actualStart() {
		return this.actualStart;
	}

	LocalDate actualEnd() {
		return this.actualEnd;
	}

	boolean actualStartSuggested() {
		return this.actualStartSuggested;
	}

	boolean goLive() {
		return this.goLive;
	}

	PhaseStatus status() {
		return this.status;
	}

	long version() {
		return this.version;
	}

	void reschedule(PhaseDates dates) {
		this.actualStartSuggested = PlanRules.startStaysSuggested(this.actualStart, this.actualStartSuggested,
				dates.actualStart());
		this.plannedStart = dates.plannedStart();
		this.plannedEnd = dates.plannedEnd();
		this.actualStart = dates.actualStart();
		this.actualEnd = dates.actualEnd();
		if (this.status == PhaseStatus.NOT_STARTED && this.actualStart != null) {
			this.status = PhaseStatus.IN_PROGRESS;
		}
	}

	/**
	 * Recomputes the status after a deliverable changed: the first completion suggests
	 * the actual start, and reopening it takes the suggestion back.
	 */
	void deliverablesChanged(int deliverables, int complete, LocalDate firstCompletion) {
		PlanRules.PhaseStart next = PlanRules.afterDeliverablesChanged(this.status, this.actualStart,
				this.actualStartSuggested, deliverables, complete, firstCompletion);
		this.status = next.status();
		this.actualStart = next.actualStart();
		this.actualStartSuggested = next.suggested();
	}

	/** The director resubmits the rejected gate: the phase awaits it again. */
	void resubmitted(PhaseStatus next) {
		this.status = next;
	}

	void gateDecided(PhaseStatus next, LocalDate on) {
		this.status = next;
		if (next == PhaseStatus.DONE && this.actualEnd == null) {
			this.actualEnd = (this.actualStart != null && on.isBefore(this.actualStart)) ? this.actualStart : on;
		}
	}

}
