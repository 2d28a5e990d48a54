package com.crmtracker.database;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

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
		// usually started already, while the configuration was read
		return EarlyStart.take(properties);
	}

	@Bean
	EmbeddedPostgresLifecycle embeddedPostgresLifecycle(EmbeddedPostgresServer server,
			CrmDatabaseProperties properties) {
		return new EmbeddedPostgresLifecycle(server, !properties.embedded().ephemeral());
	}

	@Bean
	ContextDatabase contextDatabase(CrmDatabaseProperties properties) {
		return new ContextDatabase(
				properties.embedded().ephemeral() ? "crm_test_" + contexts.incrementAndGet() : "crm");
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server, ContextDatabase contextDatabase,
			EmbeddedPostgresLifecycle lifecycle) {
		String database = contextDatabase.name();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.database(database));
		dataSource.setUsername(server.username());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("crm-embedded");
		return dataSource;
	}

	/** The name of the application's database on the embedded server. */
	record ContextDatabase(String name) {
	}

	/**
	 * Test contexts get their fresh database as a copy of one migrated per JVM
	 * ({@link MigratedTemplates}), instead of running every migration again. Registered
	 * apart from the server (a nested configuration), so it finds the server and the
	 * database lazily: where there is none (a data source of its own), Flyway migrates as
	 * usual.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Flyway.class, FlywayMigrationStrategy.class })
	@ConditionalOnProperty(prefix = "crm.embedded", name = "ephemeral", havingValue = "true")
	@Conditional(NoDataSourceUrlCondition.class)
	static class ThrowawaySchemas {

		@Bean
		@ConditionalOnMissingBean
		FlywayMigrationStrategy migrationFromTemplate(ObjectProvider<EmbeddedPostgresServer> server,
				ObjectProvider<ContextDatabase> database) {
			return flyway -> {
				EmbeddedPostgresServer embedded = server.getIfAvailable();
				ContextDatabase context = database.getIfAvailable();
				if (embedded == null || context == null) {
					flyway.migrate();
				}
				else {
					MigratedTemplates.migrate(embedded, context.name(), flyway);
				}
			};
		}

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
