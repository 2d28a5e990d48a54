package com.crmtracker.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A named, frozen copy of every planned date of a project. */
@Entity
@Table(name = "baseline")
class Baseline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false, updatable = false)
	private String name;

	/** The Chinese name of a baseline the application made (demo data), else null. */
	@Column(name = "name_zh", updatable = false)
	private String nameZh;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "baseline_phase", joinColumns = @JoinColumn(name = "baseline_id"))
	private List<PhaseDate> phases = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "baseline_deliverable", joinColumns = @JoinColumn(name = "baseline_id"))
	private List<DeliverableDate> deliverables = new ArrayList<>();

	protected Baseline() {
	}

	Baseline(long projectId, String name, String nameZh, String createdBy, Instant createdAt) {
		this.projectId = projectId;
		this.name = name;
		this.nameZh = nameZh;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	String name() {
		return this.name;
	}

	String nameZh() {
		return this.nameZh;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	List<PhaseDate> phases() {
		return this.phases;
	}

	List<DeliverableDate> deliverables() {
		return this.deliverables;
	}

	@Embeddable
	static class PhaseDate {

		@Column(name = "phase_number", nullable = false)
		private int phaseNumber;

		@Column(name = "planned_start", nullable = false)
		private LocalDate plannedStart;

		@Column(name = "planned_end", nullable = false)
		private LocalDate plannedEnd;

		protected PhaseDate() {
		}

		PhaseDate(int phaseNumber, LocalDate plannedStart, LocalDate plannedEnd) {
			this.phaseNumber = phaseNumber;
			this.plannedStart = plannedStart;
			this.plannedEnd = plannedEnd;
		}

		int phaseNumber() {
			return this.phaseNumber;
		}

		LocalDate plannedStart() {
			return this.plannedStart;
		}

		LocalDate plannedEnd() {
			return this.plannedEnd;
		}

	}

	@Embeddable
	static class DeliverableDate {

		@Column(name = "deliverable_id", nullable = false)
		private long deliverableId;

		@Column(name = "phase_number", nullable = false)
		private int phaseNumber;

		@Column(nullable = false)
		private String name;

		@Column(name = "name_zh")
		private String nameZh;

		@Column(name = "due_date", nullable = false)
		private LocalDate dueDate;

		protected DeliverableDate() {
		}

		DeliverableDate(long deliverableId, int phaseNumber, String name, String nameZh, LocalDate dueDate) {
			this.deliverableId = deliverableId;
			this.phaseNumber = phaseNumber;
			this.name = name;
			this.nameZh = nameZh;
			this.dueDate = dueDate;
		}

		long deliverableId() {
			return this.deliverableId;
		}

		int phaseNumber() {
			return this.phaseNumber;
		}

		String name() {
			return this.name;
		}

		String nameZh() {
			return this.nameZh;
		}

		LocalDate dueDate() {
			return this.dueDate;
		}

	}

}
