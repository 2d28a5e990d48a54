package com.crmtracker.costing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The costing module with what it stands on (users, projects), without a web layer. */
@SpringBootApplication(scanBasePackages = "com.crmtracker")
@EntityScan("com.crmtracker")
@EnableJpaRepositories("com.crmtracker")
class CostingTestApplication {

	/** The day the module's tests run on, whatever the calendar says. */
	static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");

	static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
