package com.crmtracker.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String organisation;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "planned_go_live", nullable = false)
	private LocalDate plannedGoLive;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status = ProjectStatus.PLANNED;

	@Column(nullable = false, updatable = false)
	private String template;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	protected Project() {
	}

	Project(ProjectDraft draft, String template, String createdBy, Instant createdAt) {
		apply(draft);
		this.template = template;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void apply(ProjectDraft draft) {
		this.name = draft.name().trim();
		this.organisation = draft.organisation().trim();
		this.currency = draft.currency();
		this.startDate = draft.startDate();
		this.plannedGoLive = draft.plannedGoLive();
		if (draft.status() != null) {
			this.status = draft.status();
		}
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String template() {
		return this.template;
	}

	ProjectSummary summary() {
		return new ProjectSummary(this.id, this.name, this.organisation, this.currency, this.startDate,
				this.plannedGoLive, this.status, this.template, this.version);
	}

}
