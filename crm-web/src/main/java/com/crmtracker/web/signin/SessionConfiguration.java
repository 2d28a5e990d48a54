package com.crmtracker.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Parallel requests of one session that add the same attribute upsert it instead of
	 * failing on the attributes' primary key (spring-session #1213, #2564). Boot hands
	 * every customizer bean to the JDBC session repository.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionQueries() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
