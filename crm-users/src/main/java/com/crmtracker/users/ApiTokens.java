package com.crmtracker.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user makes named tokens that act as him or her until they
 * expire; the owner and the admins list and revoke them. A token is {@code crm_} and 32
 * random bytes (Base64, 47 characters); only its SHA-256 is stored, so checking one costs
 * a hash and an indexed look-up instead of bcrypt's tens of milliseconds.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	/**
	 * How every token begins, so that a leaked one is easy to recognise and search for.
	 */
	public static final String PREFIX = "crm_";

	/** The furthest a token may expire, in days from today. */
	public static final int MAX_DAYS = 366;

	private static final int SECRET_BYTES = 32;

	private static final int TOKEN_LENGTH = PREFIX.length() + 43;

	/** The last use is written at most once a minute, so that reads stay reads. */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Makes a token for the actor; its secret is in the answer and nowhere else. */
	@Transactional
	public IssuedToken issue(Actor actor, String name, LocalDate expiresOn) {
		UserAccount owner = this.accounts.findByUsername(actor.username())
			.orElseThrow(() -> new NotFound("No user " + actor.username()));
		String trimmed = name == null ? "" : name.trim();
		LocalDate today = today();
		List<FieldError> errors = new ArrayList<>();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			errors
				.add(new FieldError("name", "token.name.required", "must not be empty (at most 100 characters)", null));
		}
		else if (this.tokens.existsByOwnerAndName(owner, trimmed)) {
			errors.add(new FieldError("name", "token.name.taken", "you already have a token of this name", null));
		}
		if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
			errors.add(new FieldError("expiresOn", "token.expiresOn.range",
					"must be a day after today and at most " + MAX_DAYS + " days ahead", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = this.tokens.save(new ApiToken(owner, trimmed, sha256(token), this.clock.instant(), expiresOn));
		return new IssuedToken(saved.id(), trimmed, token, expiresOn);
	}

	/** The tokens of a user: one's own, or anyone's for an admin. */
	public List<ApiTokenView> ownedBy(Actor actor, String username) {
		if (!actor.username().equals(username) && !actor.has(Role.ADMIN)) {
			throw new Forbidden("Only an admin sees the tokens of another user");
		}
		LocalDate today = today();
		return this.tokens.findByOwner(username).stream().map(token -> token.view(today)).toList();
	}

	/** Every user's tokens, for an admin. */
	public List<ApiTokenView> everyones(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new Forbidden("Only an admin sees every user's tokens");
		}
		LocalDate today = today();
		return this.tokens.findAllWithOwner().stream().map(token -> token.view(today)).toList();
	}

	/** One token of one's own, or anyone's for an admin; another's is not found. */
	public ApiTokenView get(Actor actor, long id) {
		return visible(actor, id).view(today());
	}

	/** Revokes a token of one's own, or anyone's for an admin; at once. */
	@Transactional
	public void revoke(Actor actor, long id) {
		this.tokens.delete(visible(actor, id));
	}

	/**
	 * The owner a presented token acts for, if it is one of ours, not expired and its
	 * owner may sign in. Records its use (at most once a minute).
	 */
	@Transactional
	public TokenCheck check(String presented) {
		if (presented == null || presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
			return TokenCheck.unknown();
		}
		String hash = sha256(presented);
		Optional<ApiToken> found = this.tokens.findBySecret(hash);
		// the index found it by its hash; the hash is compared again in constant time
		if (found.isEmpty() || !MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				found.get().secretSha256().getBytes(StandardCharsets.US_ASCII))) {
			return TokenCheck.unknown();
		}
		ApiToken token = found.get();
		if (!token.owner().enabled()) {
			return TokenCheck.unknown();
		}
		if (!today().isBefore(token.expiresOn())) {
			return TokenCheck.expired(token.expiresOn());
		}
		Instant now = this.clock.instant();
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
			token.usedAt(now);
		}
		return TokenCheck.valid(token.owner().view());
	}

	/** Every token of a user who lost access goes with it. */
	void revokeAllOf(UserAccount owner) {
		this.tokens.deleteByOwner(owner);
	}

	private ApiToken visible(Actor actor, long id) {
		return this.tokens.findById(id)
			.filter(token -> actor.has(Role.ADMIN) || token.owner().username().equals(actor.username()))
			.orElseThrow(() -> new NotFound("No token " + id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
