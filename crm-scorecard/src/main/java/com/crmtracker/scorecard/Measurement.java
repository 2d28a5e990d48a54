package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What was entered for a KPI and period; a correction supersedes it, never erases it. */
@Entity
@Table(name = "scorecard_measurement")
class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "kpi_id", nullable = false, updatable = false)
	private long kpiId;

	@Column(nullable = false, updatable = false)
	private String period;

	@Column(updatable = false, precision = 19, scale = 4)
	private BigDecimal value;

	@Column(updatable = false, precision = 19, scale = 4)
	private BigDecimal numerator;

	@Column(updatable = false, precision = 19, scale = 4)
	private BigDecimal denominator;

	@Column(updatable = false, precision = 19, scale = 4)
	private BigDecimal amount;

	@Column(name = "entered_by", nullable = false, updatable = false)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false, updatable = false)
	private Instant enteredAt;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	protected Measurement() {
	}

	Measurement(long kpiId, Period period, MeasurementInput input, String enteredBy, Instant enteredAt) {
		this.kpiId = kpiId;
		this.period = period.toString();
		this.value = input.value();
		this.numerator = input.numerator();
		this.denominator = input.denominator();
		this.amount = input.amount();
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	void supersede(Instant when) {
		this.supersededAt = when;
	}

	long kpiId() {
		return this.kpiId;
	}

	Period period() {
		return Period.parse(this.period).orElseThrow();
	}

	MeasurementInput input() {
		return new MeasurementInput(this.period, this.value, this.numerator, this.denominator, this.amount);
	}

	String enteredBy() {
		return this.enteredBy;
	}

	Instant enteredAt() {
		return this.enteredAt;
	}

	Instant supersededAt() {
		return this.supersededAt;
	}

}
