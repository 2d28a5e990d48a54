package com.crmtracker.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * Slows down the guessing of passwords. After {@value #FAILURES_PER_NAME} failed sign-ins
 * for one user name within {@link #WINDOW 15 minutes}, or {@value #FAILURES_PER_ADDRESS}
 * from one client address, further attempts for that name (or from that address) wait: 1
 * minute, then 2, 4, 8, up to {@link #LONGEST_WAIT 16 minutes} for each further failure
 * after a wait. Never a permanent lockout: the wait is capped, and a name or address
 * without failures for 15 minutes after its last wait starts afresh. A successful sign-in
 * clears its name (not its address). An admin sees and clears the current throttles
 * ({@code /admin/sign-in-throttles}).
 * <p>
 * Kept in memory, per instance (a bounded Caffeine cache that forgets idle entries): two
 * instances behind one balancer count separately, and a restart forgets. Time comes from
 * the application's {@link Clock}.
 * <p>
 * Every way of signing in goes through it: the form and HTTP Basic through
 * {@link SignInGuard} (before the password is checked) and {@link SignInEvents} (which
 * counts Spring Security's failures and successes). Another way in, e.g. API tokens,
 * calls {@link #waitFor} before checking a credential and {@link #failed} /
 * {@link #succeeded} after, or publishes Spring Security's authentication events with
 * {@code WebAuthenticationDetails}.
 */
@Component
public class SignInThrottle {

	/** Failed sign-ins for one user name within the window before attempts wait. */
	public static final int FAILURES_PER_NAME = 5;

	/** Failed sign-ins from one client address within the window before attempts wait. */
	public static final int FAILURES_PER_ADDRESS = 30;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	public static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	public static final Duration LONGEST_WAIT = Duration.ofMinutes(16);

	/** What is counted. */
	public enum Kind {

		NAME, ADDRESS

	}

	/**
	 * A name or address with recent failures.
	 *
	 * @param failures failures within the window
	 * @param until until when its attempts wait; null or past when they need not
	 */
	public record Throttled(Kind kind, String who, int failures, Instant until) {

		public boolean waiting(Instant now) {
			return this.until != null && this.until.isAfter(now);
		}

	}

	private record Key(Kind kind, String who) {
	}

	private record Strikes(List<Instant> failures, int waits, Instant until) {

		static final Strikes NONE = new Strikes(List.of(), 0, null);

		Strikes failedAt(Instant now, int limit) {
			List<Instant> recent = new ArrayList<>();
			for (Instant failure : this.failures) {
				if (failure.isAfter(now.minus(WINDOW))) {
					recent.add(failure);
				}
			}
			recent.add(now);
			List<Instant> kept = List.copyOf(recent.subList(Math.max(0, recent.size() - limit), recent.size()));
			// once waiting, each further failure waits longer, until forgotten
			if (kept.size() < limit && this.waits == 0) {
				return new Strikes(kept, this.waits, this.until);
			}
			Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(this.waits, 10));
			return new Strikes(kept, this.waits + 1, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
		}

		/** Forgotten when the window has passed since its last failure and its wait. */
		Instant forgottenAt() {
			Instant last = this.failures.isEmpty() ? Instant.EPOCH : this.failures.get(this.failures.size() - 1);
			Instant latest = (this.until != null && this.until.isAfter(last)) ? this.until : last;
			return latest.plus(WINDOW);
		}

	}

	private final Clock clock;

	private final Cache<Key, Strikes> strikes;

	public SignInThrottle(Clock clock) {
		this.clock = clock;
		this.strikes = Caffeine.newBuilder()
			.maximumSize(100_000)
			.ticker(() -> nanos(clock.instant()))
			.executor(Runnable::run)
			.expireAfter(new Expiry<Key, Strikes>() {
				@Override
				public long expireAfterCreate(Key key, Strikes value, long now) {
					return Math.max(0, nanos(value.forgottenAt()) - now);
				}

				@Override
				public long expireAfterUpdate(Key key, Strikes value, long now, long current) {
					return expireAfterCreate(key, value, now);
				}

				@Override
				public long expireAfterRead(Key key, Strikes value, long now, long current) {
					return current;
				}
			})
			.build();
	}

	/**
	 * How long an attempt for this name from this address must still wait; empty when it
	 * may go ahead. Either may be null when unknown.
	 */
	public Optional<Duration> waitFor(String name, String address) {
		Instant now = this.clock.instant();
		Instant until = later(untilOf(Kind.NAME, name), untilOf(Kind.ADDRESS, address));
		return (until != null && until.isAfter(now)) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** Counts a failed sign-in (a wrong password, an unknown name). */
	public void failed(String name, String address) {
		Instant now = this.clock.instant();
		count(Kind.NAME, name, now, FAILURES_PER_NAME);
		count(Kind.ADDRESS, address, now, FAILURES_PER_ADDRESS);
	}

	/** A successful sign-in: its name starts afresh. */
	public void succeeded(String name) {
		if (name != null) {
			this.strikes.invalidate(new Key(Kind.NAME, normal(Kind.NAME, name)));
		}
	}

	/** Names and addresses with recent failures, those waiting longest first. */
	public List<Throttled> current() {
		this.strikes.cleanUp();
		return this.strikes.asMap()
			.entrySet()
			.stream()
			.map(e -> new Throttled(e.getKey().kind(), e.getKey().who(), e.getValue().failures().size(),
					e.getValue().until()))
			.sorted(Comparator.comparing(Throttled::until, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Throttled::who))
			.toList();
	}

	/** Lets a name or an address sign in again at once. */
	public void clear(Kind kind, String who) {
		this.strikes.invalidate(new Key(kind, normal(kind, who)));
	}

	public void clearAll() {
		this.strikes.invalidateAll();
	}

	private Instant untilOf(Kind kind, String who) {
		if (who == null) {
			return null;
		}
		Strikes found = this.strikes.getIfPresent(new Key(kind, normal(kind, who)));
		return found == null ? null : found.until();
	}

	private void count(Kind kind, String who, Instant now, int limit) {
		if (who == null || who.isBlank()) {
			return;
		}
		this.strikes.asMap()
			.merge(new Key(kind, normal(kind, who)), Strikes.NONE.failedAt(now, limit),
					(old, first) -> old.failedAt(now, limit));
	}

	/** One name however it is capitalised or padded. */
	private static String normal(Kind kind, String who) {
		String trimmed = who.strip();
		return kind == Kind.NAME ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

}
