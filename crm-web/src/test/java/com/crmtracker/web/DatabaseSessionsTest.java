package com.crmtracker.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** How the application's own database sessions plan. */
@WebAppTest
class DatabaseSessionsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * A foreign-key check, as PostgreSQL makes one for every cost line written, reads the
	 * project's key even when the project table is only a few pages long: with
	 * PostgreSQL's default random_page_cost it read the whole table for each line.
	 */
	@Test
	void aForeignKeyCheckOnAProjectReadsItsKeyWithTwoHundredProjects() {
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		List<String> plan = rolledBack.execute(status -> {
			status.setRollbackOnly();
			this.jdbc.update("insert into project (name, organisation, currency, start_date, planned_go_live, "
					+ "created_by) select 'Plan test ' || n, 'Acme', 'CNY', date '2027-01-01', date '2027-09-01', "
					+ "'admin' from generate_series(1, 200) n");
			return this.jdbc.queryForList("explain select 1 from only project x where id = 1 for key share of x",
					String.class);
		});
		assertThat(String.join("\n", plan)).contains("Index Scan using project_pkey").doesNotContain("Seq Scan");
		assertThat(this.jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
	}

}
