package com.crmtracker.web.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code api_idempotency}: per user and key, the hash of the first request and,
 * once answered, its status, content type, location and body; for 24 hours.
 */
@Component
class IdempotencyRecords {

	/** How long a key is remembered. */
	static final Duration KEPT = Duration.ofHours(24);

	/**
	 * A request still unanswered after this is taken as abandoned (the server stopped).
	 */
	static final Duration ABANDONED = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Answer(String requestHash, int status, String contentType, String location, byte[] body) {

		boolean pending() {
			return this.status == 0;
		}

	}

	/**
	 * Claims the key for a request about to run, or answers what the key already holds
	 * (the first answer, or a pending request).
	 */
	Optional<Answer> claim(String username, String key, String requestHash) {
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("delete from api_idempotency where created_at < ? or (status = 0 and created_at < ?)")
			.param(Timestamp.from(now.minus(KEPT)))
			.param(Timestamp.from(now.minus(ABANDONED)))
			.update();
		try {
			this.jdbc.sql("""
					insert into api_idempotency (username, idempotency_key, request_hash, status, created_at)
					values (?, ?, ?, 0, ?)""")
				.param(username)
				.param(key)
				.param(requestHash)
				.param(Timestamp.from(now))
				.update();
			return Optional.empty();
		}
		catch (DuplicateKeyException taken) {
			return this.jdbc.sql("""
					select request_hash, status, content_type, location, body from api_idempotency
					where username = ? and idempotency_key = ?""")
				.param(username)
				.param(key)
				.query((rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getBytes(5)))
				.optional()
				// gone between the insert and the select: claim it again
				.or(() -> claim(username, key, requestHash));
		}
	}

	/** Keeps the successful answer of a claimed key. */
	void answered(String username, String key, int status, String contentType, String location, byte[] body) {
		this.jdbc.sql("""
				update api_idempotency set status = ?, content_type = ?, location = ?, body = ?
				where username = ? and idempotency_key = ?""")
			.param(status)
			.param(contentType)
			.param(location)
			.param(body)
			.param(username)
			.param(key)
			.update();
	}

	/**
	 * Frees a claimed key whose request failed: it stored nothing, so it may be sent
	 * again.
	 */
	void release(String username, String key) {
		this.jdbc.sql("delete from api_idempotency where username = ? and idempotency_key = ? and status = 0")
			.param(username)
			.param(key)
			.update();
	}

}
