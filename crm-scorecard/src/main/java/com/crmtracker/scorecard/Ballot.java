package com.crmtracker.scorecard;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** An expert's ranks in one round: 1 = most important. */
@Entity
@Table(name = "scorecard_ballot")
class Ballot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private long roundId;

	@Column(nullable = false, updatable = false)
	private String expert;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "scorecard_ballot_rank", joinColumns = @JoinColumn(name = "ballot_id"))
	@MapKeyColumn(name = "item")
	@Column(name = "rank", nullable = false)
	private Map<String, Integer> ranks = new HashMap<>();

	protected Ballot() {
	}

	Ballot(long roundId, String expert) {
		this.roundId = roundId;
		this.expert = expert;
	}

	void rank(Map<String, Integer> ranks, Instant when) {
		this.ranks.clear();
		this.ranks.putAll(ranks);
		this.submittedAt = when;
	}

	long roundId() {
		return this.roundId;
	}

	String expert() {
		return this.expert;
	}

	Map<String, Integer> ranks() {
		return Map.copyOf(this.ranks);
	}

}
