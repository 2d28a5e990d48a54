package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "costing_settings")
class CostingSettings {

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "discount_rate", nullable = false, precision = 9, scale = 6)
	private BigDecimal discountRate;

	@Version
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	protected CostingSettings() {
	}

	CostingSettings(long projectId, BigDecimal discountRate, String updatedBy, Instant updatedAt) {
		this.updatedAt = updatedAt;
		this.projectId = projectId;
		this.discountRate = discountRate;
		this.updatedBy = updatedBy;
	}

	void change(BigDecimal discountRate, String updatedBy, Instant updatedAt) {
		this.discountRate = discountRate;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	BigDecimal discountRate() {
		return this.discountRate;
	}

	long version() {
		return this.version;
	}

}
