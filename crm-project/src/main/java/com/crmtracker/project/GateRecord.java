package com.crmtracker.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One decision at a phase gate; every decision is kept. */
@Entity
@Audited
@Table(name = "gate_decision")
class GateRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "phase_id", nullable = false, updatable = false)
	private long phaseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private GateDecision decision;

	@Column(updatable = false)
	private String reason;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected GateRecord() {
	}

	GateRecord(long phaseId, GateDecision decision, String reason, String decidedBy, Instant decidedAt) {
		this.phaseId = phaseId;
		this.decision = decision;
		this.reason = reason == null || reason.isBlank() ? null : reason.trim();
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	Long id() {
		return this.id;
	}

	long phaseId() {
		return this.phaseId;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	GateDecisionView view(String displayName) {
		return new GateDecisionView(this.decision, this.reason, this.decidedBy, displayName, this.decidedAt);
	}

}
