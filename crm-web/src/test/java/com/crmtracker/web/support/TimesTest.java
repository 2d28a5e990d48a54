package com.crmtracker.web.support;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Every time on a page: in the reader's zone, to the minute, with the zone's name. */
class TimesTest {

	/** No one is signed in here, so the user directory is never asked. */
	private final Times times = new Times(new ReaderZones(null));

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aWinterAndASummerTimeInBerlinAreOneAndTwoHoursAheadOfUtc() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		// CET is UTC+1 in January, CEST UTC+2 in July
		assertThat(this.times.format(Instant.parse("2026-01-15T12:00:00Z"), berlin))
			.isEqualTo("2026-01-15 13:00 (Europe/Berlin)");
		assertThat(this.times.format(Instant.parse("2026-07-15T12:00:00Z"), berlin))
			.isEqualTo("2026-07-15 14:00 (Europe/Berlin)");
	}

	@Test
	void theMinuteBeforeAndTheMinuteOfTheSpringChangeInNewYork() {
		ZoneId newYork = ZoneId.of("America/New_York");
		// on 2026-03-08 the clocks go from 02:00 EST (UTC−5) to 03:00 EDT (UTC−4)
		assertThat(this.times.format(Instant.parse("2026-03-08T06:59:00Z"), newYork))
			.isEqualTo("2026-03-08 01:59 (America/New_York)");
		assertThat(this.times.format(Instant.parse("2026-03-08T07:00:00Z"), newYork))
			.isEqualTo("2026-03-08 03:00 (America/New_York)");
	}

	@Test
	void anEveningInUtcIsTheNextDayInShanghaiAndTheDateLineSplitsOneMorningIntoTwoDays() {
		Instant evening = Instant.parse("2026-12-01T16:30:00Z");
		assertThat(this.times.format(evening, ZoneId.of("UTC"))).isEqualTo("2026-12-01 16:30 (UTC)");
		// UTC+8, no summer time
		assertThat(this.times.format(evening, ZoneId.of("Asia/Shanghai")))
			.isEqualTo("2026-12-02 00:30 (Asia/Shanghai)");
		// UTC+14 and UTC−11, the two sides of the date line
		Instant morning = Instant.parse("2026-12-01T10:00:00Z");
		assertThat(this.times.format(morning, ZoneId.of("Pacific/Kiritimati")))
			.isEqualTo("2026-12-02 00:00 (Pacific/Kiritimati)");
		assertThat(this.times.format(morning, ZoneId.of("Pacific/Pago_Pago")))
			.isEqualTo("2026-11-30 23:00 (Pacific/Pago_Pago)");
	}

	@Test
	void noTimeIsShownAsNothing() {
		assertThat(this.times.format(null, ZoneId.of("Asia/Shanghai"))).isEmpty();
		assertThat(this.times.format(null)).isEmpty();
		assertThat(this.times.seconds(null)).isEmpty();
	}

	@Test
	void theReadersZoneIsTheBrowsersWithoutAChoiceAndUtcWithoutEither() {
		Instant instant = Instant.parse("2026-12-01T15:04:27Z");
		// outside a request
		assertThat(this.times.format(instant)).isEqualTo("2026-12-01 15:04 (UTC)");

		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(this.times.format(instant)).isEqualTo("2026-12-01 15:04 (UTC)");

		MockHttpServletRequest shanghai = new MockHttpServletRequest();
		shanghai.setCookies(new Cookie(ReaderZones.COOKIE, "Asia%2FShanghai"));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(shanghai));
		assertThat(this.times.format(instant)).isEqualTo("2026-12-01 23:04 (Asia/Shanghai)");
		assertThat(this.times.seconds(instant)).isEqualTo("2026-12-01 23:04:27 (Asia/Shanghai)");

		// what is no zone of the list counts as none
		MockHttpServletRequest unknown = new MockHttpServletRequest();
		unknown.setCookies(new Cookie(ReaderZones.COOKIE, "%E0%A4%A"));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(unknown));
		assertThat(this.times.format(instant)).isEqualTo("2026-12-01 15:04 (UTC)");
	}

}
