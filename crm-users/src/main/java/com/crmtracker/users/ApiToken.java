package com.crmtracker.users;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false, updatable = false)
	private UserAccount owner;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "secret_sha256", nullable = false, updatable = false, length = 64)
	private String secretSha256;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_on", nullable = false, updatable = false)
	private LocalDate expiresOn;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(UserAccount owner, String name, String secretSha256, Instant createdAt, LocalDate expiresOn) {
		this.owner = owner;
		this.name = name;
		this.secretSha256 = secretSha256;
		this.createdAt = createdAt;
		this.expiresOn = expiresOn;
	}

	long id() {
		return this.id;
	}

	UserAccount owner() {
		return this.owner;
	}

	String secretSha256() {
		return this.secretSha256;
	}

	LocalDate expiresOn() {
		return this.expiresOn;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	void usedAt(Instant instant) {
		this.lastUsedAt = instant;
	}

	ApiTokenView view(LocalDate today) {
		return new ApiTokenView(this.id, this.owner.username(), this.name, this.createdAt, this.expiresOn,
				this.lastUsedAt, !today.isBefore(this.expiresOn));
	}

}
