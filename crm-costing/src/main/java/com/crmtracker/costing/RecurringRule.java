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
@Table(name = "recurring_rule")
class RecurringRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "source_line_id", nullable = false)
	private long sourceLineId;

	@Column(nullable = false, precision = 7, scale = 4)
	private BigDecimal percent;

	@Column(name = "from_year", nullable = false)
	private int fromYear;

	@Column(name = "to_year", nullable = false)
	private int toYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LifecycleStage stage;

	@Column(nullable = false)
	private String description;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	protected RecurringRule() {
	}

	RecurringRule(long projectId, RecurringRuleDraft draft, String createdBy, Instant createdAt) {
		this.createdAt = createdAt;
		this.projectId = projectId;
		this.createdBy = createdBy;
		apply(draft);
	}

	void apply(RecurringRuleDraft draft) {
		this.sourceLineId = draft.sourceLineId();
		this.percent = draft.percent();
		this.fromYear = draft.fromYear();
		this.toYear = draft.toYear();
		this.category = draft.category();
		this.stage = draft.stage();
		this.description = draft.description();
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	long sourceLineId() {
		return this.sourceLineId;
	}

	long version() {
		return this.version;
	}

	RecurringRuleDraft draft() {
		return new RecurringRuleDraft(this.sourceLineId, this.percent, this.fromYear, this.toYear, this.category,
				this.stage, this.description);
	}

	RecurringRuleView view() {
		return new RecurringRuleView(this.id, this.sourceLineId, this.percent, this.fromYear, this.toYear,
				this.category, this.stage, this.description, this.version);
	}

}
