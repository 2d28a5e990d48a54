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

	@Column(name = "crm_users")
	private Integer crmUsers;

	@Version
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	protected CostingSettings() {
	}

	CostingSettings(long projectId, BigDecimal discountRate, Integer crmUsers, String updatedBy, Instant updatedAt) {
		this.updatedAt = updatedAt;
		this.projectId = projectId;
		this.discountRate = discountRate;
		this.crmUsers = crmUsers;
		this.updatedBy = updatedBy;
	}

	void change(BigDecimal discountRate, Integer crmUsers, String updatedBy, Instant updatedAt) {
		this.discountRate = discountRate;
		this.crmUsers = crmUsers;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	BigDecimal discountRate() {
		return this.discountRate;
	}

	Integer crmUsers() {
		return this.crmUsers;
	}

	long version() {
		return this.version;
	}

}
