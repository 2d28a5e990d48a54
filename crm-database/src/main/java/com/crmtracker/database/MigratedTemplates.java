package com.crmtracker.database;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh test databases as copies of one migrated template: the first test context of a
 * JVM migrates a template database on the shared throw-away server, every context's own
 * database is then {@code CREATE DATABASE … TEMPLATE} of it, and the context's Flyway
 * finds every migration applied (it still validates them). One template per Flyway
 * configuration (locations, schemas, history table, placeholders, Java migrations), so a
 * context that migrates differently gets its own.
 */
final class MigratedTemplates {

	private static final Logger log = LoggerFactory.getLogger(MigratedTemplates.class);

	/** The template of each configuration, on the JVM's one throw-away server. */
	private static final Map<String, String> templates = new HashMap<>();

	private MigratedTemplates() {
	}

	/**
	 * Migrates the context's fresh database: makes it a copy of the template for the
	 * Flyway configuration (migrating the template first, once), then lets Flyway
	 * validate it. When the copy cannot be made (something already holds a connection to
	 * the database), Flyway migrates the database itself, as without a template.
	 */
	static synchronized void migrate(EmbeddedPostgresServer server, String database, Flyway flyway) {
		Configuration configuration = flyway.getConfiguration();
		String key = key(configuration);
		String template = templates.get(key);
		if (template == null) {
			template = "crm_template_" + (templates.size() + 1);
			String url = server.database(template);
			Flyway.configure(configuration.getClassLoader())
				.configuration(configuration)
				.dataSource(url, server.username(), server.password())
				.load()
				.migrate();
			templates.put(key, template);
		}
		if (server.recreateFrom(database, template)) {
			log.info("Database {} is a copy of the migrated template {}", database, template);
		}
		flyway.migrate();
	}

	private static String key(Configuration configuration) {
		return String.join("|", Arrays.toString(configuration.getLocations()),
				Arrays.toString(configuration.getSchemas()), configuration.getTable(),
				String.valueOf(configuration.getPlaceholders()), String.valueOf(configuration.getTarget()),
				Arrays.toString(
						Arrays.stream(configuration.getJavaMigrations()).map(m -> m.getClass().getName()).toArray()));
	}

}
