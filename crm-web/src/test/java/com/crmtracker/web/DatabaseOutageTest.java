package com.crmtracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.crmtracker.database.EmbeddedPostgresServer;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under requests and comes back: callers get 2xx or 503 with
 * {@code Retry-After}, never a 401 or a 500, every write that was acknowledged is stored,
 * and the application serves again by itself.
 */
class DatabaseOutageTest {

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void whileTheDatabaseIsAwayEveryAnswerIs2xxOr503AndNoAcknowledgedWriteIsLost() throws Exception {
		try (ConfigurableApplicationContext app = RunningApplications.onEmbeddedDatabase(this.dir.resolve("pg"),
				RunningApplications.QUICK_POOL_TIMEOUT)) {
			String base = "http://localhost:" + RunningApplications.port(app);
			long project = app.getBean(Projects.class)
				.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
				.stream()
				.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
				.findFirst()
				.orElseThrow()
				.id();
			String session = RestartTest.logIn(this.http, RunningApplications.port(app), "director", "demo");
			EmbeddedPostgresServer database = app.getBean(EmbeddedPostgresServer.class);

			Map<String, Set<Integer>> statusesByRequest = new ConcurrentHashMap<>();
			List<String> acknowledged = new CopyOnWriteArrayList<>();
			List<HttpResponse<String>> unavailable = new CopyOnWriteArrayList<>();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger written = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(3);
			List<Future<?>> load = new ArrayList<>();
			load.add(clients.submit(() -> repeat(running, () -> {
				String description = "outage-" + written.incrementAndGet();
				HttpResponse<String> answer = send(HttpRequest
					.newBuilder(URI.create(base + "/api/v1/projects/" + project + "/cost-lines"))
					.header("Authorization", basic("finance", "demo"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"category\": \"SOFTWARE\", \"stage\": \"OPERATION\", "
							+ "\"kind\": \"PLANNED\", \"incurredOn\": \"2027-03-01\", \"amount\": \"10.00\", "
							+ "\"vendor\": \"Acme\", \"description\": \"" + description + "\"}")));
				record(statusesByRequest, "POST cost line", answer, unavailable);
				if (answer.statusCode() == 201) {
					acknowledged.add(description);
				}
			})));
			load.add(clients.submit(() -> repeat(running,
					() -> record(statusesByRequest, "GET API projects",
							send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
								.header("Authorization", basic("director", "demo"))),
							unavailable))));
			load.add(clients.submit(() -> repeat(running,
					() -> record(statusesByRequest, "GET page projects",
							send(HttpRequest.newBuilder(URI.create(base + "/projects"))
								.header("Cookie", session)
								.header("Accept-Language", "zh-CN")),
							unavailable))));

			Thread.sleep(1500);
			database.stop();
			// long enough for requests to wait out the pool's connection timeout (1 s
			// here)
			Thread.sleep(5_000);
			database.start();
			Thread.sleep(5_000);
			running.set(false);
			for (Future<?> client : load) {
				client.get(60, TimeUnit.SECONDS);
			}
			clients.shutdown();

			assertThat(statusesByRequest).as("only successes and 503 were answered")
				.allSatisfy((request, statuses) -> assertThat(statuses).as(request).isSubsetOf(200, 201, 503));
			assertThat(unavailable).as("requests during the outage were answered 503").isNotEmpty();
			assertThat(unavailable).allSatisfy(answer -> assertThat(answer.headers().firstValue("Retry-After"))
				.as(answer.request().uri().toString())
				.isPresent());
			assertThat(unavailable).filteredOn(answer -> answer.request().uri().getPath().startsWith("/api/"))
				.isNotEmpty()
				.allSatisfy(answer -> {
					assertThat(answer.headers().firstValue("Content-Type"))
						.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
					assertThat(answer.body()).contains("\"status\":503").contains("database cannot be reached");
				});
			assertThat(unavailable).filteredOn(answer -> answer.request().uri().getPath().equals("/projects"))
				.isNotEmpty()
				.allSatisfy(answer -> assertThat(answer.body()).contains("目前无法连接数据库"));

			List<String> stored = app.getBean(JdbcTemplate.class)
				.queryForList("select description from cost_line where description like 'outage-%'", String.class);
			assertThat(acknowledged).as("writes acknowledged before and after the outage").hasSizeGreaterThan(2);
			assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);

			HttpResponse<String> after = send(
					HttpRequest.newBuilder(URI.create(base + "/projects")).header("Cookie", session));
			assertThat(after.statusCode()).as("the application serves again by itself").isEqualTo(200);
		}
	}

	private static void record(Map<String, Set<Integer>> statuses, String request, HttpResponse<String> answer,
			List<HttpResponse<String>> unavailable) {
		statuses.computeIfAbsent(request, r -> ConcurrentHashMap.newKeySet()).add(answer.statusCode());
		if (answer.statusCode() == 503) {
			unavailable.add(answer);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void repeat(AtomicBoolean running, Runnable request) {
		while (running.get()) {
			request.run();
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
