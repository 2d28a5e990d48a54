package com.crmtracker;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The scorecard module with what it uses (users, projects, the database), without the web
 * layer: for the module's tests, on a fixed day.
 */
@SpringBootApplication
public class ScorecardTestApplication {

	/** The module's tests run on 2026-06-30 at 10:00 UTC. */
	public static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
