package com.crmtracker.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The project module with the users it needs, on an embedded PostgreSQL, for module
 * tests; its clock stands on {@link #TODAY}.
 */
@SpringBootApplication(scanBasePackages = "com.crmtracker")
@EntityScan("com.crmtracker")
@EnableJpaRepositories("com.crmtracker")
class ProjectTestApplication {

	/** The day the module tests run on, whatever the calendar says. */
	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@Bean
	Clock clock() {
		return Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);
	}

}
