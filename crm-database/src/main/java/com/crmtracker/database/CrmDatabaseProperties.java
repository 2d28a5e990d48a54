package com.crmtracker.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir the data directory; it survives restarts
 * @param ephemeral when true (tests), one throw-away server serves the whole JVM and
 * every application context gets a fresh database of its own
 */
@ConfigurationProperties("crm")
public record CrmDatabaseProperties(Path dataDir, Embedded embedded) {

	public CrmDatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data", "postgres");
		}
		if (embedded == null) {
			embedded = new Embedded(false, 0);
		}
	}

	/**
	 * @param ephemeral a throw-away server for tests
	 * @param port a fixed port, or 0 for any free one
	 */
	public record Embedded(boolean ephemeral, int port) {
	}

}
