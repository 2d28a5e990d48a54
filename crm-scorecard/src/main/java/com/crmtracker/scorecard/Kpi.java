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

@Entity
@Table(name = "scorecard_kpi")
class Kpi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "library_code")
	private String libraryCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Perspective perspective;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh")
	private String nameZh;

	private String description;

	@Column(name = "description_zh")
	private String descriptionZh;

	@Column(nullable = false)
	private String unit;

	@Column(name = "unit_zh")
	private String unitZh;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_type", nullable = false)
	private MeasureType measureType;

	@Column(precision = 19, scale = 6)
	private BigDecimal scale;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal baseline;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal target;

	@Column(nullable = false, precision = 19, scale = 8)
	private BigDecimal weight;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false)
	private PeriodType periodType;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Kpi() {
	}

	Kpi(long projectId, KpiDraft draft, Instant createdAt) {
		this.projectId = projectId;
		this.createdAt = createdAt;
		apply(draft);
	}

	void apply(KpiDraft draft) {
		this.libraryCode = draft.libraryCode();
		this.perspective = draft.perspective();
		this.name = draft.name().trim();
		this.nameZh = blankToNull(draft.nameZh());
		this.description = blankToNull(draft.description());
		this.descriptionZh = blankToNull(draft.descriptionZh());
		this.unit = draft.unit().trim();
		this.unitZh = blankToNull(draft.unitZh());
		this.direction = draft.direction();
		this.measureType = draft.measureType();
		this.scale = draft.measureType() == MeasureType.RATIO ? draft.scale() : null;
		this.baseline = draft.baseline();
		this.target = draft.target();
		this.weight = draft.weight();
		this.periodType = draft.period();
	}

	void reweigh(BigDecimal weight) {
		this.weight = weight;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
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

	Perspective perspective() {
		return this.perspective;
	}

	String name() {
		return this.name;
	}

	MeasureType measureType() {
		return this.measureType;
	}

	PeriodType periodType() {
		return this.periodType;
	}

	BigDecimal weight() {
		return this.weight;
	}

	KpiDraft draft() {
		return new KpiDraft(this.libraryCode, this.perspective, this.name, this.nameZh, this.description,
				this.descriptionZh, this.unit, this.unitZh, this.direction, this.measureType, this.scale, this.baseline,
				this.target, this.weight, this.periodType);
	}

	KpiView view() {
		return new KpiView(this.id, this.version, draft());
	}

}
