package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ranking of the perspectives, or of one perspective's KPIs, by experts in rounds. */
@Entity
@Table(name = "scorecard_ranking")
class Ranking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false, updatable = false)
	private String subject;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "scorecard_ranking_item", joinColumns = @JoinColumn(name = "ranking_id"))
	@OrderColumn(name = "position")
	@Column(name = "name", nullable = false)
	private List<String> items = new ArrayList<>();

	@Column(nullable = false, precision = 5, scale = 4)
	private BigDecimal threshold;

	@Column(name = "adopted_round")
	private Integer adoptedRound;

	@Column(name = "adopted_at")
	private Instant adoptedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Ranking() {
	}

	Ranking(long projectId, String subject, List<String> items, BigDecimal threshold, String createdBy,
			Instant createdAt) {
		this.projectId = projectId;
		this.subject = subject;
		this.items = new ArrayList<>(items);
		this.threshold = threshold;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void adopt(int round, Instant when) {
		this.adoptedRound = round;
		this.adoptedAt = when;
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	String subject() {
		return this.subject;
	}

	List<String> items() {
		return List.copyOf(this.items);
	}

	BigDecimal threshold() {
		return this.threshold;
	}

	Integer adoptedRound() {
		return this.adoptedRound;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
