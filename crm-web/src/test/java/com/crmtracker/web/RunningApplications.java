package com.crmtracker.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.CrmTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application the way a user does, with a persistent embedded database.
 */
final class RunningApplications {

	private RunningApplications() {
	}

	/**
	 * For the outage tests: the pool gives up on a connection after 1 s instead of
	 * production's 5 s ({@code spring.datasource.hikari.connection-timeout}), so a
	 * request made while the database is away gets its 503 sooner. What is answered is
	 * the same.
	 */
	static final String QUICK_POOL_TIMEOUT = "--spring.datasource.hikari.connection-timeout=1000";

	static ConfigurableApplicationContext onEmbeddedDatabase(Path dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--crm.embedded.ephemeral=false", "--crm.data-dir=" + dataDir,
				"--server.port=0", "--spring.main.banner-mode=off"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(CrmTrackerApplication.class).run(args.toArray(String[]::new));
	}

	static ConfigurableApplicationContext onExternalDatabase(String jdbcUrl, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--server.port=0", "--spring.main.banner-mode=off"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(CrmTrackerApplication.class).run(args.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
