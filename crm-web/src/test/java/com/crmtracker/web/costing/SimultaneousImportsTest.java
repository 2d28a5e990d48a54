package com.crmtracker.web.costing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two identical files sent at the same moment: one is imported, the other answered 409
 * naming it, and the ledger holds the file once.
 */
@WebAppTest
class SimultaneousImportsTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void ofTwoIdenticalImportsSentAtTheSameMomentOneIsStoredAndTheOtherIs409() throws Exception {
		long project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		String base = "http://localhost:" + this.port + "/api/v1/projects/" + project;
		String line = "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n";
		assertThat(send(base + "/cost-lines/import", CostingApiTest.HEADER + line).statusCode()).isEqualTo(200);
		String file = CostingApiTest.HEADER + line + "SOFTWARE,DEVELOPMENT,PLANNED,2026-03-01,20.00,SAP,,,,\n";

		List<HttpResponse<String>> answers = new ArrayList<>();
		try (Connection holder = this.dataSource.getConnection()) {
			// the summary row of HARDWARE in year 1 is held, so both imports stop after
			// they looked for an identical earlier file (where the race was): one
			// waits at the row, the other before its look, for the first to commit
			holder.setAutoCommit(false);
			try (PreparedStatement hold = holder
				.prepareStatement("select amount from cost_summary where project_id = ? for update")) {
				hold.setLong(1, project);
				hold.executeQuery().close();
			}
			List<CompletableFuture<HttpResponse<String>>> sent = List.of(
					CompletableFuture.supplyAsync(() -> send(base + "/cost-lines/import", file)),
					CompletableFuture.supplyAsync(() -> send(base + "/cost-lines/import", file)));
			awaitWaitingImports(2);
			holder.rollback();
			for (CompletableFuture<HttpResponse<String>> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
		}

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> stored = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
		HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
		Number importId = JsonPath.read(stored.body(), "$.importId");
		assertThat((String) JsonPath.read(refused.body(), "$.code")).isEqualTo("cost.import.duplicate");
		assertThat(((Number) JsonPath.read(refused.body(), "$.existingImport.id")).longValue())
			.isEqualTo(importId.longValue());
		assertThat(this.jdbc.queryForObject("select count(*) from cost_line where project_id = ?", Long.class, project))
			.as("the first line and the file once")
			.isEqualTo(3);
		assertThat(
				this.jdbc.queryForObject("select count(*) from cost_import where project_id = ?", Long.class, project))
			.isEqualTo(2);
	}

	/** Until as many statements of this database wait for a lock. */
	private void awaitWaitingImports(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			Long waiting = this.jdbc.queryForObject("select count(*) from pg_stat_activity "
					+ "where datname = current_database() and wait_event_type = 'Lock'", Long.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the two imports did not both reach the held row within 30 s");
	}

	private HttpResponse<String> send(String uri, String csv) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(uri))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("finance:demo".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "text/csv")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
