package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.crmtracker.costing.rules.TcoYears;
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
@Table(name = "cost_line")
class CostLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LifecycleStage stage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostKind kind;

	@Column(name = "incurred_on", nullable = false)
	private LocalDate incurredOn;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false)
	private String vendor;

	private String description;

	private Integer phase;

	@Enumerated(EnumType.STRING)
	private HiddenCostDriver driver;

	@Enumerated(EnumType.STRING)
	private CostPurpose purpose;

	@Column(name = "rule_id", updatable = false)
	private Long ruleId;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	protected CostLine() {
	}

	CostLine(long projectId, CostLineDraft draft, String createdBy, Instant createdAt) {
		this.createdAt = createdAt;
		this.projectId = projectId;
		this.createdBy = createdBy;
		apply(draft);
	}

	void apply(CostLineDraft draft) {
		this.category = draft.category();
		this.stage = draft.stage();
		this.kind = draft.kind();
		this.incurredOn = draft.incurredOn();
		this.amount = draft.amount();
		this.vendor = draft.vendor();
		this.description = draft.description();
		this.phase = draft.phase();
		this.driver = draft.driver();
		this.purpose = draft.purpose();
	}

	CostLineDraft draft() {
		return new CostLineDraft(this.category, this.stage, this.kind, this.incurredOn, this.amount, this.vendor,
				this.description, this.phase, this.driver, this.purpose);
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	long version() {
		return this.version;
	}

	boolean generated() {
		return this.ruleId != null;
	}

	BigDecimal amount() {
		return this.amount;
	}

	String vendor() {
		return this.vendor;
	}

	String description() {
		return this.description;
	}

	CostLineView view(TcoYears years) {
		return new CostLineView(this.id, this.category, this.stage, this.kind, this.incurredOn, this.amount,
				this.vendor, this.description, this.phase, this.driver, this.purpose, this.ruleId,
				years.yearOf(this.incurredOn), this.version);
	}

}
