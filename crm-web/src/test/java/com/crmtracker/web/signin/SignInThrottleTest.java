package com.crmtracker.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.crmtracker.web.signin.SignInThrottle.Kind;
import com.crmtracker.web.signin.SignInThrottle.Throttled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	static final String HOME = "10.0.0.7";

	private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-01T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(this.clock);

	@Test
	void fiveFailuresWithinFifteenMinutesMakeTheNextAttemptWaitOneMinute() {
		for (int i = 1; i <= 4; i++) {
			this.throttle.failed("finance", HOME);
			this.clock.advance(Duration.ofMinutes(3));
			assertThat(this.throttle.waitFor("finance", HOME)).as("after failure " + i).isEmpty();
		}
		// failures at 09:00, 09:03, 09:06, 09:09 and now 09:12: five within 15 minutes
		this.throttle.failed("finance", HOME);
		assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofMinutes(1));
		assertThat(this.throttle.waitFor("Finance ", "10.9.9.9")).as("the name however written, from anywhere")
			.hasValue(Duration.ofMinutes(1));
		assertThat(this.throttle.waitFor("director", HOME)).as("another name from the same address").isEmpty();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.waitFor("finance", HOME)).as("after the interval, allowed again").isEmpty();
	}

	@Test
	void eachFailureAfterAWaitDoublesTheWaitUpToSixteenMinutes() {
		fail("finance", 5);
		assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofMinutes(1));
		for (long expected : new long[] { 2, 4, 8, 16, 16 }) {
			this.clock.advance(this.throttle.waitFor("finance", HOME).orElseThrow());
			this.throttle.failed("finance", HOME);
			assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofMinutes(expected));
		}
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesNeverWait() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("finance", HOME);
			// four failures within any 15 minutes: 0, 4, 8, 12; 16 drops 0
			this.clock.advance(Duration.ofMinutes(4));
			assertThat(this.throttle.waitFor("finance", HOME)).isEmpty();
		}
	}

	@Test
	void neverAPermanentLockoutAQuietNameStartsAfresh() {
		fail("finance", 5);
		this.clock.advance(Duration.ofMinutes(1));
		this.throttle.failed("finance", HOME);
		assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofMinutes(2));

		// the wait ends at +2 min; 15 quiet minutes after it everything is forgotten
		this.clock.advance(Duration.ofMinutes(17));
		assertThat(this.throttle.current()).isEmpty();
		this.throttle.failed("finance", HOME);
		assertThat(this.throttle.waitFor("finance", HOME)).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsItsName() {
		fail("finance", 4);
		this.throttle.succeeded("finance");
		this.throttle.failed("finance", HOME);
		assertThat(this.throttle.waitFor("finance", HOME)).as("one failure since the success").isEmpty();
	}

	@Test
	void thirtyFailuresFromOneAddressMakeEveryNameFromItWait() {
		for (int i = 0; i < 30; i++) {
			this.throttle.failed("guess" + i, HOME);
		}
		assertThat(this.throttle.waitFor("finance", HOME)).hasValue(Duration.ofMinutes(1));
		assertThat(this.throttle.waitFor("finance", "10.0.0.8")).as("from another address").isEmpty();
	}

	@Test
	void anAdminSeesTheCurrentThrottlesAndClearsThem() {
		fail("finance", 5);
		fail("director", 2);
		assertThat(this.throttle.current()).contains(
				new Throttled(Kind.NAME, "finance", 5, Instant.parse("2026-12-01T09:01:00Z")),
				new Throttled(Kind.NAME, "director", 2, null), new Throttled(Kind.ADDRESS, HOME, 7, null));
		assertThat(this.throttle.current().get(0).who()).as("the waiting one first").isEqualTo("finance");

		this.throttle.clear(Kind.NAME, "finance");
		assertThat(this.throttle.waitFor("finance", HOME)).isEmpty();
		assertThat(this.throttle.current()).extracting(Throttled::who).containsExactlyInAnyOrder("director", HOME);

		this.throttle.clearAll();
		assertThat(this.throttle.current()).isEmpty();
	}

	private void fail(String name, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(name, HOME);
		}
	}

	/** A clock the test moves forward. */
	static final class AdjustableClock extends Clock {

		private Instant now;

		AdjustableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
