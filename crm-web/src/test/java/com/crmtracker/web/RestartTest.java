package com.crmtracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.crmtracker.database.EmbeddedPostgresServer;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application as it runs on a user's machine: stopped, started again, or twice at
 * once.
 */
class RestartTest {

	static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));

	@TempDir
	Path dir;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() {
		Path data = this.dir.resolve("postgres");
		try (ConfigurableApplicationContext app = RunningApplications.onEmbeddedDatabase(data)) {
			app.getBean(Projects.class)
				.create(ADMIN, new ProjectDraft("Survives a restart", "Acme", "CNY", LocalDate.of(2027, 1, 1),
						LocalDate.of(2027, 9, 1), null), null);
		}
		try (ConfigurableApplicationContext app = RunningApplications.onEmbeddedDatabase(data)) {
			List<String> names = app.getBean(Projects.class)
				.visibleTo(ADMIN)
				.stream()
				.map(ProjectSummary::name)
				.toList();
			assertThat(names).contains("Survives a restart", "华东区销售与服务 CRM 实施");
			assertThat(names).as("demo data is created once, not again on restart")
				.filteredOn("华东区销售与服务 CRM 实施"::equals)
				.hasSize(1);
		}
	}

	@Test
	void twoInstancesOnOneDatabaseServeTheSameLoggedInUser() throws Exception {
		try (ConfigurableApplicationContext first = RunningApplications.onEmbeddedDatabase(this.dir.resolve("pg"));
				ConfigurableApplicationContext second = RunningApplications.onExternalDatabase(
						first.getBean(HikariDataSource.class).getJdbcUrl(),
						"--spring.datasource.password=" + first.getBean(EmbeddedPostgresServer.class).password())) {
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			String session = logIn(http, RunningApplications.port(first), "director", "demo");

			HttpResponse<String> onSecond = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + RunningApplications.port(second) + "/projects"))
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("华东区销售与服务 CRM 实施");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryRefusesToStartAndTheFirstKeepsAnswering() throws Exception {
		Path data = this.dir.resolve("postgres");
		try (ConfigurableApplicationContext first = RunningApplications.onEmbeddedDatabase(data)) {
			assertThatThrownBy(() -> RunningApplications.onEmbeddedDatabase(data).close()).rootCause()
				.hasMessage("The data directory " + data.toAbsolutePath().normalize()
						+ " is in use by another running instance of the application (process "
						+ ProcessHandle.current().pid() + "). Stop that instance first, or start this one with another"
						+ " crm.data-dir.");

			assertThat(first.getBean(Projects.class).visibleTo(ADMIN)).extracting(ProjectSummary::name)
				.contains("华东区销售与服务 CRM 实施");
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			String session = logIn(http, RunningApplications.port(first), "director", "demo");
			HttpResponse<String> projects = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + RunningApplications.port(first) + "/projects"))
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(projects.statusCode()).isEqualTo(200);
			assertThat(projects.body()).contains("华东区销售与服务 CRM 实施");
		}
	}

	/** Logs in through the form, CSRF token and all; answers the session cookie. */
	static String logIn(HttpClient http, int port, String username, String password) throws Exception {
		String base = "http://localhost:" + port;
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		// no session before the login: the form's CSRF token travels in its own cookie
		String cookie = cookie(page, "XSRF-TOKEN");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=" + password + "&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return sessionCookie(login);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return cookie(response, "SESSION");
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
	}

}
