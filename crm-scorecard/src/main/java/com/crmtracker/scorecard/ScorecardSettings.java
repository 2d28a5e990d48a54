package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A project's perspective weights and status thresholds. */
@Entity
@Table(name = "scorecard_settings")
class ScorecardSettings {

	static final BigDecimal EQUAL_WEIGHT = new BigDecimal("0.25");

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "weight_financial", nullable = false, precision = 12, scale = 10)
	private BigDecimal financial = EQUAL_WEIGHT;

	@Column(name = "weight_customer", nullable = false, precision = 12, scale = 10)
	private BigDecimal customer = EQUAL_WEIGHT;

	@Column(name = "weight_internal_process", nullable = false, precision = 12, scale = 10)
	private BigDecimal internalProcess = EQUAL_WEIGHT;

	@Column(name = "weight_learning_growth", nullable = false, precision = 12, scale = 10)
	private BigDecimal learningGrowth = EQUAL_WEIGHT;

	@Column(name = "green_threshold", nullable = false, precision = 5, scale = 4)
	private BigDecimal green = Thresholds.DEFAULT.green();

	@Column(name = "amber_threshold", nullable = false, precision = 5, scale = 4)
	private BigDecimal amber = Thresholds.DEFAULT.amber();

	@Version
	private long version;

	protected ScorecardSettings() {
	}

	ScorecardSettings(long projectId) {
		this.projectId = projectId;
	}

	long projectId() {
		return this.projectId;
	}

	Map<Perspective, BigDecimal> weights() {
		Map<Perspective, BigDecimal> weights = new EnumMap<>(Perspective.class);
		weights.put(Perspective.FINANCIAL, this.financial);
		weights.put(Perspective.CUSTOMER, this.customer);
		weights.put(Perspective.INTERNAL_PROCESS, this.internalProcess);
		weights.put(Perspective.LEARNING_GROWTH, this.learningGrowth);
		return weights;
	}

	void weigh(Map<Perspective, BigDecimal> weights) {
		this.financial = weights.get(Perspective.FINANCIAL);
		this.customer = weights.get(Perspective.CUSTOMER);
		this.internalProcess = weights.get(Perspective.INTERNAL_PROCESS);
		this.learningGrowth = weights.get(Perspective.LEARNING_GROWTH);
	}

	Thresholds thresholds() {
		return new Thresholds(this.green, this.amber);
	}

	void thresholds(Thresholds thresholds) {
		this.green = thresholds.green();
		this.amber = thresholds.amber();
	}

	long version() {
		return this.version;
	}

}
