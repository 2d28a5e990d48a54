package com.crmtracker.users;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.domain.Values;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the application: who they are, which roles they hold, their passwords. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApiTokens tokens;

	private final ApplicationEventPublisher events;

	UserDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, ApiTokens tokens,
			ApplicationEventPublisher events) {
		this.clock = clock;
		this.tokens = tokens;
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates a user after checking the username, the display name and the password
	 * policy.
	 */
	@Transactional
	public UserView create(NewUser user) {
		List<FieldError> errors = new ArrayList<>();
		String username = user.username() == null ? "" : user.username().trim();
		if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			errors.add(new FieldError("username", "user.username.invalid",
					"must be 2 to 64 lower-case letters, digits, dots, dashes or underscores", null));
		}
		if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
			errors.add(new FieldError("displayName", "user.displayName.required",
					"must not be empty (at most 200 characters)", null));
		}
		PasswordPolicy.problemWith(user.password(), username)
			.ifPresent(code -> errors.add(new FieldError("password", code, PasswordPolicy.englishMessage(code), null)));
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (this.accounts.existsByUsername(username)) {
			throw new Conflict("user.username.taken", "The username " + username + " is taken");
		}
		return this.accounts
			.save(new UserAccount(username, user.displayName().trim(), this.passwordEncoder.encode(user.password()),
					user.roles(), Instant.now(this.clock)))
			.view();
	}

	/**
	 * Creates a user without the password policy; for the demo users whose password is
	 * known to everyone by design.
	 */
	@Transactional
	public UserView createDemoUser(String username, String displayName, String password, Set<Role> roles) {
		return this.accounts
			.save(new UserAccount(username, displayName, this.passwordEncoder.encode(password), roles,
					Instant.now(this.clock)))
			.view();
	}

	public Optional<UserView> find(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::view);
	}

	public UserView get(String username) {
		return find(username).orElseThrow(() -> new NotFound("No user " + username));
	}

	public List<UserView> all() {
		return this.accounts.findAllByOrderByUsername().stream().map(UserAccount::view).toList();
	}

	/** The users of these names, by name; unknown names are absent. */
	public Map<String, UserView> byUsername(Collection<String> usernames) {
		return this.accounts.findByUsernameIn(usernames)
			.stream()
			.map(UserAccount::view)
			.collect(Collectors.toMap(UserView::username, Function.identity()));
	}

	public boolean isEmpty() {
		return this.accounts.count() == 0;
	}

	/**
	 * Changes a user; disabling him or her or removing a role revokes the user's tokens
	 * and ends the sessions ({@link UserAccessRevoked}).
	 */
	@Transactional
	public UserView update(String username, long version, String displayName, Set<Role> roles, boolean enabled) {
		UserAccount account = current(username, version);
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			throw InvalidInput.of("displayName", "user.displayName.required",
					"must not be empty (at most 200 characters)");
		}
		boolean revoked = account.enabled() && !enabled || !roles.containsAll(account.roles());
		account.rename(displayName.trim());
		account.grant(roles);
		account.enable(enabled);
		UserView saved = this.accounts.saveAndFlush(account).view();
		if (revoked) {
			revokeAccess(account);
		}
		return saved;
	}

	/** The zone the user chose to read times in; empty: the browser's. */
	public Optional<ZoneId> timeZoneOf(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::timeZone);
	}

	/**
	 * Sets the zone the user reads times in: a zone id of {@link Values#ZONES}, or blank
	 * for the browser's. One's own setting, so no version: the last choice counts.
	 */
	@Transactional
	public UserView setTimeZone(String username, String zone) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFound("No user " + username));
		ZoneId chosen = Values.zone(zone);
		if (chosen == null && !Values.blank(zone)) {
			throw InvalidInput.of("timeZone", "user.timeZone.invalid",
					"must be a time zone such as Asia/Shanghai, or empty for the browser's");
		}
		account.readTimesIn(chosen);
		return this.accounts.saveAndFlush(account).view();
	}

	/** Sets a new password; the user's tokens are revoked and the sessions end. */
	@Transactional
	public UserView resetPassword(String username, long version, String newPassword) {
		UserAccount account = current(username, version);
		PasswordPolicy.problemWith(newPassword, username).ifPresent(code -> {
			throw InvalidInput.of("password", code, PasswordPolicy.englishMessage(code));
		});
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		UserView saved = this.accounts.saveAndFlush(account).view();
		revokeAccess(account);
		return saved;
	}

	/**
	 * Disabled, a password reset or a role removed: the user's tokens are revoked and his
	 * or her sessions end, in this transaction, so nothing acts on the old access.
	 */
	private void revokeAccess(UserAccount account) {
		this.tokens.revokeAllOf(account);
		this.events.publishEvent(new UserAccessRevoked(account.username()));
	}

	/** The stored hash, for the login; never shown anywhere. */
	Optional<UserAccount> forLogin(String username) {
		return this.accounts.findByUsername(username);
	}

	private UserAccount current(String username, long version) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFound("No user " + username));
		if (account.version() != version) {
			throw new StaleVersion("User " + username, account.version());
		}
		return account;
	}

}
