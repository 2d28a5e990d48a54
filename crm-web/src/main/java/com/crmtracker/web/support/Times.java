package com.crmtracker.web.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way a time is shown: in the reader's zone ({@link ReaderZones}), to the minute,
 * with the zone's name, {@code 2026-12-01 23:04 (Asia/Shanghai)}. For templates,
 * {@code ${@times.format(instant)}}; the board pack is handed it with the reader's zone.
 * The zone is looked up only when a page shows a time.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private final ReaderZones zones;

	Times(ReaderZones zones) {
		this.zones = zones;
	}

	/** The instant in the reader's zone; empty for none. */
	public String format(Instant instant) {
		return instant == null ? "" : at(instant, zone());
	}

	/** The instant to the second, in the reader's zone, where seconds matter (a wait). */
	public String seconds(Instant instant) {
		ZoneId zone = zone();
		return instant == null ? "" : SECONDS.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	/** The instant in the given zone; empty for none. */
	public String format(Instant instant, ZoneId zone) {
		return instant == null ? "" : at(instant, zone);
	}

	/** The instant in the zone, to the minute, with the zone's name. */
	static String at(Instant instant, ZoneId zone) {
		return MINUTES.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	/** The zone of the request's reader; UTC outside a request. */
	public ZoneId zone() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return this.zones.of(request.getRequest());
		}
		return ReaderZones.UTC;
	}

}
