package com.crmtracker.project;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that made owners members: on a schema of its own, migrated to the version
 * before it, free-text owners become the member they name (by user name, or by a display
 * name only one member has) and every other text stays as it was typed, in the table, its
 * audit trail and its bin alike.
 */
@SpringBootTest(classes = ProjectTestApplication.class)
class OwnerMigrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void freeTextOwnersBecomeTheMemberTheyNameAndTheRestStayAsTyped() {
		String schema = "owner_migration_" + System.nanoTime() % 1_000_000;
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		try {
			// the last migration of the plan before owners became members
			migrate(schema, "202612011251");
			String s = schema + ".";
			for (String[] user : new String[][] { { "li.na", "Li Na" }, { "wang.fang", "Wang Fang" },
					{ "chen.a", "Chen Wei" }, { "chen.b", "Chen Wei" }, { "outsider", "Outsider" } }) {
				jdbc.update(
						"insert into " + s + "user_account (username, display_name, password_hash) values (?, ?, 'x')",
						user[0], user[1]);
			}
			long project = jdbc.queryForObject("insert into " + s + "project (name, organisation, currency, start_date,"
					+ " planned_go_live, created_by) values ('P', 'O', 'CNY', date '2026-01-01', date '2026-12-31',"
					+ " 'li.na') returning id", Long.class);
			for (String member : new String[] { "li.na", "wang.fang", "chen.a", "chen.b" }) {
				jdbc.update("insert into " + s + "project_member (project_id, username, membership, allocation)"
						+ " values (?, ?, 'TEAM', 80)", project, member);
			}
			long phase = jdbc.queryForObject("insert into " + s + "project_phase (project_id, number, name_en, name_zh,"
					+ " planned_start, planned_end) values (?, 1, 'Project preparation', '项目准备', date '2026-01-01',"
					+ " date '2026-02-01') returning id", Long.class, project);
			Map<String, Long> ids = new java.util.HashMap<>();
			for (String owner : new String[] { " Li.Na", "wang fang", "Chen Wei", "Outsider", "Somebody" }) {
				ids.put(owner,
						jdbc.queryForObject(
								"insert into " + s + "deliverable (phase_id, name, owner, due_date)"
										+ " values (?, 'D', ?, date '2026-02-01') returning id",
								Long.class, phase, owner));
			}
			jdbc.update(
					"insert into " + s + "audit_revision (id, revision_epoch_millis, username) values (1, 0, 'li.na')");
			jdbc.update("insert into " + s + "deliverable_aud (id, rev, revtype, phase_id, name, owner, due_date)"
					+ " values (?, 1, 0, ?, 'D', 'Wang Fang', date '2026-02-01')", ids.get("wang fang"), phase);

			migrate(schema, "202612011520");

			Map<Long, Map<String, Object>> rows = new java.util.HashMap<>();
			jdbc.queryForList("select id, owner_username, owner_text from " + s + "deliverable")
				.forEach(row -> rows.put(((Number) row.get("id")).longValue(), row));
			assertThat(rows.get(ids.get(" Li.Na"))).containsEntry("owner_username", "li.na")
				.containsEntry("owner_text", null);
			assertThat(rows.get(ids.get("wang fang"))).containsEntry("owner_username", "wang.fang")
				.containsEntry("owner_text", null);
			// two members share the name: it stays as typed
			assertThat(rows.get(ids.get("Chen Wei"))).containsEntry("owner_username", null)
				.containsEntry("owner_text", "Chen Wei");
			// a user, but not of this project
			assertThat(rows.get(ids.get("Outsider"))).containsEntry("owner_username", null)
				.containsEntry("owner_text", "Outsider");
			assertThat(rows.get(ids.get("Somebody"))).containsEntry("owner_username", null)
				.containsEntry("owner_text", "Somebody");
			assertThat(jdbc.queryForMap("select owner_username, owner_text from " + s + "deliverable_aud"))
				.containsEntry("owner_username", "wang.fang")
				.containsEntry("owner_text", null);
		}
		finally {
			jdbc.execute("drop schema if exists " + schema + " cascade");
		}
	}

	private void migrate(String schema, String target) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(schema)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

}
