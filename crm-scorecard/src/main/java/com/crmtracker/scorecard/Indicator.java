package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A qualitative indicator: graded by raters instead of measured. */
@Entity
@Table(name = "scorecard_indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Perspective perspective;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false, precision = 19, scale = 8)
	private BigDecimal weight;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Indicator() {
	}

	Indicator(long projectId, IndicatorDraft draft, Instant createdAt) {
		this.projectId = projectId;
		this.createdAt = createdAt;
		this.perspective = draft.perspective();
		this.name = draft.name().trim();
		this.description = draft.description() == null || draft.description().isBlank() ? null
				: draft.description().trim();
		this.weight = draft.weight();
	}

	Long id() {
		return this.id;
	}

	Perspective perspective() {
		return this.perspective;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	BigDecimal weight() {
		return this.weight;
	}

}
