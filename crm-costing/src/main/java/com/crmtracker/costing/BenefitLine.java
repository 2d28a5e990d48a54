package com.crmtracker.costing;

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

@Entity
@Table(name = "benefit_line")
class BenefitLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BenefitType type;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false)
	private String description;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	protected BenefitLine() {
	}

	BenefitLine(long projectId, BenefitDraft draft, String createdBy, Instant createdAt) {
		this.createdAt = createdAt;
		this.projectId = projectId;
		this.createdBy = createdBy;
		apply(draft);
	}

	void apply(BenefitDraft draft) {
		this.year = draft.year();
		this.kind = draft.kind();
		this.type = draft.type();
		this.amount = draft.amount();
		this.description = draft.description();
	}

	long version() {
		return this.version;
	}

	BenefitView view() {
		return new BenefitView(this.id, this.year, this.kind, this.type, this.amount, this.description, this.version);
	}

}
