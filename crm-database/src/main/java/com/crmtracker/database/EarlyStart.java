package com.crmtracker.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the persistent embedded PostgreSQL on a thread of its own as soon as the
 * application's settings are known, so that the server starts (and, the first time,
 * initdb runs) while Spring reads the application's configuration; the auto-configuration
 * then takes the started server, or the failure (such as a data directory in use), as if
 * it had started it itself. The claim on the data directory is still the first thing the
 * start does. Test servers ({@code crm.embedded.ephemeral}) start as before.
 */
public class EarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> starting = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			begin(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			// a start nobody took (the context failed before it needed the database)
			// must not keep the directory claimed
			abandon(failed.getApplicationContext().getEnvironment());
		}
	}

	private static void begin(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		CrmDatabaseProperties properties = properties(environment);
		if (properties.embedded().ephemeral()) {
			return;
		}
		starting.computeIfAbsent(key(properties.dataDir()),
				dir -> CompletableFuture.supplyAsync(() -> startPersistent(properties), runnable -> {
					Thread thread = new Thread(runnable, "embedded-postgres-start");
					thread.setDaemon(true);
					thread.start();
				}));
	}

	private static void abandon(ConfigurableEnvironment environment) {
		CompletableFuture<EmbeddedPostgresServer> unclaimed = starting.remove(key(properties(environment).dataDir()));
		if (unclaimed != null) {
			unclaimed.thenAccept(EmbeddedPostgresServer::close);
		}
	}

	/**
	 * The server started early for this data directory, or one started now; a failure of
	 * the start is thrown as it was.
	 */
	static EmbeddedPostgresServer take(CrmDatabaseProperties properties) {
		CompletableFuture<EmbeddedPostgresServer> early = starting.remove(key(properties.dataDir()));
		if (early == null) {
			return startPersistent(properties);
		}
		try {
			return early.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static EmbeddedPostgresServer startPersistent(CrmDatabaseProperties properties) {
		// the claim comes first: a second instance stops here, before it touches anything
		DataDirectoryLock lock = DataDirectoryLock.take(properties.dataDir());
		try {
			return EmbeddedPostgresServer.startPersistent(lock, properties.embedded().port());
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	private static CrmDatabaseProperties properties(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind("crm", CrmDatabaseProperties.class)
			.orElseGet(() -> new CrmDatabaseProperties(null, null));
	}

	private static Path key(Path dataDir) {
		return dataDir.toAbsolutePath().normalize();
	}

}
