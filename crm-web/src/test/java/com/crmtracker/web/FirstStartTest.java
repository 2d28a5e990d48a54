package com.crmtracker.web;

import java.nio.file.Path;

import com.crmtracker.users.UserDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who can log in on an empty database when demo mode is off. */
class FirstStartTest {

	@TempDir
	Path dir;

	@Test
	void withoutDemoModeTheAppRefusesToStartWithoutAnAdminPassword() {
		assertThatThrownBy(
				() -> RunningApplications.onEmbeddedDatabase(this.dir.resolve("pg"), "--crm.demo=false").close())
			.hasStackTraceContaining("CRM_ADMIN_PASSWORD");
	}

	@Test
	void aWeakAdminPasswordIsRefusedAtStart() {
		assertThatThrownBy(() -> RunningApplications
			.onEmbeddedDatabase(this.dir.resolve("pg3"), "--crm.demo=false", "--crm.admin-password=short")
			.close()).hasStackTraceContaining("CRM_ADMIN_PASSWORD is not acceptable");
	}

	@Test
	void withoutDemoModeTheFirstAdminGetsThePasswordGivenAndNoDemoUsersExist() {
		try (ConfigurableApplicationContext app = RunningApplications.onEmbeddedDatabase(this.dir.resolve("pg2"),
				"--crm.demo=false", "--crm.admin-password=first boss secret 9")) {
			UserDirectory users = app.getBean(UserDirectory.class);
			assertThat(users.all()).extracting("username").containsExactly("admin");
			String hash = app.getBean(JdbcTemplate.class)
				.queryForObject("select password_hash from user_account where username = 'admin'", String.class);
			assertThat(hash).startsWith("{bcrypt}").doesNotContain("first boss secret 9");
		}
	}

}
