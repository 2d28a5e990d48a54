package com.crmtracker.database;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so
 * the application runs on a machine with only a JDK. With a URL configured, Spring Boot's
 * own data source is used and nothing here applies.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDataSourceUrlCondition.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(CrmDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final AtomicInteger contexts = new AtomicInteger();

	@Bean(destroyMethod = "")
	EmbeddedPostgresServer embeddedPostgresServer(CrmDatabaseProperties properties) {
		if (properties.embedded().ephemeral()) {
			return SharedThrowawayServer.INSTANCE;
		}
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

	@Bean
	EmbeddedPostgresLifecycle embeddedPostgresLifecycle(EmbeddedPostgresServer server,
			CrmDatabaseProperties properties) {
		return new EmbeddedPostgresLifecycle(server, !properties.embedded().ephemeral());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server, CrmDatabaseProperties properties,
			EmbeddedPostgresLifecycle lifecycle) {
		String database = properties.embedded().ephemeral() ? "crm_test_" + contexts.incrementAndGet() : "crm";
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.database(database));
		dataSource.setUsername(server.username());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("crm-embedded");
		return dataSource;
	}

	/** One server for all test contexts of a JVM; each context gets its own database. */
	private static final class SharedThrowawayServer {

		static final EmbeddedPostgresServer INSTANCE = EmbeddedPostgresServer.startThrowaway();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close, "embedded-postgres-stop"));
		}

	}

	/** Stops a persistent server after the pool that uses it has closed. */
	static final class EmbeddedPostgresLifecycle implements AutoCloseable {

		private final EmbeddedPostgresServer server;

		private final boolean stopOnClose;

		EmbeddedPostgresLifecycle(EmbeddedPostgresServer server, boolean stopOnClose) {
			this.server = server;
			this.stopOnClose = stopOnClose;
		}

		@Override
		public void close() {
			if (this.stopOnClose) {
				this.server.close();
			}
		}

	}

}
