package com.crmtracker.scorecard;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rater's grade of a qualitative indicator; grading again replaces it. */
@Entity
@Table(name = "scorecard_grade")
class IndicatorGrade {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id", nullable = false, updatable = false)
	private long indicatorId;

	@Column(nullable = false, updatable = false)
	private String rater;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Grade grade;

	@Column(name = "graded_at", nullable = false)
	private Instant gradedAt;

	protected IndicatorGrade() {
	}

	IndicatorGrade(long indicatorId, String rater) {
		this.indicatorId = indicatorId;
		this.rater = rater;
	}

	void grade(Grade grade, Instant when) {
		this.grade = grade;
		this.gradedAt = when;
	}

	long indicatorId() {
		return this.indicatorId;
	}

	String rater() {
		return this.rater;
	}

	Grade grade() {
		return this.grade;
	}

}
