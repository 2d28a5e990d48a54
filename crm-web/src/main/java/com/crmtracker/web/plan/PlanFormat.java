package com.crmtracker.web.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats the instants of the plan (gate decisions, history) in the server's time zone,
 * for templates: {@code ${@planFormat.time(instant)}}.
 */
@Component("planFormat")
public class PlanFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
	}

}
