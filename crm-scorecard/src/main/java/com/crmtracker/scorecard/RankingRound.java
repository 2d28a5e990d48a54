package com.crmtracker.scorecard;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One round of a ranking; every round is kept. */
@Entity
@Table(name = "scorecard_ranking_round")
class RankingRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ranking_id", nullable = false, updatable = false)
	private long rankingId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected RankingRound() {
	}

	RankingRound(long rankingId, int number, Instant openedAt) {
		this.rankingId = rankingId;
		this.number = number;
		this.openedAt = openedAt;
	}

	void close(Instant when) {
		this.closedAt = when;
	}

	Long id() {
		return this.id;
	}

	int number() {
		return this.number;
	}

	boolean open() {
		return this.closedAt == null;
	}

}
