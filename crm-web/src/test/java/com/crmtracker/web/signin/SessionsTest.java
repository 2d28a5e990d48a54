package com.crmtracker.web.signin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions on the running server: none is stored before the login, the login creates one
 * with a new id, parallel requests of one session all succeed, and a visitor whose
 * session expired is told so and brought back to the page he or she was on. It has a
 * context of its own: spring-security-test's {@code csrf()}, used by MockMvc tests of the
 * shared context, swaps the CSRF token repository of that context's filter chain for one
 * that keeps the token in the session.
 */
@WebAppTest
@TestPropertySource(properties = "crm.test.context=real-sessions")
class SessionsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousPagesStoreNoSessionAndTheLoginFormsTokenIsAnHttpOnlyCookie() {
		int before = sessionRows();
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> login = visitor.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(visitor.get("/login?lang=zh-CN").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/login?error").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/css/app.css").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/error/403").statusCode()).isEqualTo(403);
		assertThat(visitor.get("/projects").statusCode()).isEqualTo(302);
		assertThat(visitor.get("/no-such-page").statusCode()).isEqualTo(302);
		assertThat(location(visitor.logIn("director", "wrong password"))).hasValue("/login?error");
		assertThat(visitor.post("/projects/new", "name=Anonymous", "/projects/new").statusCode()).isEqualTo(403);

		assertThat(visitor.cookie("SESSION")).isEmpty();
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void theLoginCreatesTheSessionAndEveryLoginGivesItANewId() {
		WebClient browser = new WebClient(this.port);
		// a session id an attacker planted is not taken on
		browser.setSessionCookie("00000000-0000-0000-0000-00000000beef");
		HttpResponse<String> login = browser.logIn("director", "demo");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location(login)).hasValue("/");
		String first = WebClient.sessionIdSetBy(login).orElseThrow();
		assertThat(first).isNotEqualTo("00000000-0000-0000-0000-00000000beef");
		assertThat(principalOf(first)).isEqualTo("director");

		// signing in again while signed in changes the session's id
		HttpResponse<String> again = browser.logIn("finance", "demo");
		assertThat(again.statusCode()).isEqualTo(302);
		String second = WebClient.sessionIdSetBy(again).orElseThrow();
		assertThat(second).isNotEqualTo(first);
		assertThat(principalOf(second)).isEqualTo("finance");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				first))
			.isZero();
	}

	/**
	 * Half of them are forms whose answer leaves a message for the next page in the fresh
	 * session (an import without a file, which stores nothing): each adds the same new
	 * session attribute at once, which without upserts failed on its primary key.
	 */
	@Test
	void fiftyParallelRequestsOfOneFreshSessionAllSucceed() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.logIn("finance", "demo").statusCode()).isEqualTo(302);
		long project = this.jdbc.queryForObject("select min(id) from project where name = ?", Long.class,
				"华东区销售与服务 CRM 实施");
		String costs = "/projects/" + project + "/costs";
		String token = WebClient.csrfTokenOf(browser.get(costs).body());
		String[] pages = { costs, "/projects", "/portfolio", "/projects/" + project };
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			HttpRequest request = i % 2 == 0 ? browser.request(costs + "/import")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + WebClient.encode(token)))
				.build() : browser.request(pages[i / 2 % pages.length]).GET().build();
			answers.add(browser.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		}
		List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
		assertThat(statuses).hasSize(50).allSatisfy(status -> assertThat(status).isIn(200, 302));
		assertThat(statuses.stream().filter(status -> status == 302)).hasSize(25);
		assertThat(browser.get("/projects").statusCode()).isEqualTo(200);
	}

	@Test
	void aFormSentAfterTheSessionExpiredShowsTheLoginPageWhichLeadsBackToTheForm() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.logIn("director", "demo").statusCode()).isEqualTo(302);
		String token = WebClient.csrfTokenOf(browser.get("/projects/new").body());
		expire(browser.sessionId().orElseThrow());

		String name = "Sent after expiry " + System.nanoTime();
		HttpResponse<String> sent = browser.post("/projects/new",
				"name=" + WebClient.encode(name)
						+ "&organisation=Acme&currency=CNY&startDate=2027-01-01&plannedGoLive=2027-12-31&_csrf="
						+ WebClient.encode(token),
				"/projects/new");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(location(sent)).hasValue("/login?expired");
		assertThat(browser.get("/login?expired", "en").body()).contains("Your session expired, please sign in again.");
		assertThat(browser.get("/login?expired", "zh-CN").body()).contains("您的会话已过期，请重新登录。");
		assertThat(this.jdbc.queryForObject("select count(*) from project where name = ?", Integer.class, name))
			.isZero();

		HttpResponse<String> again = browser.logIn("director", "demo");
		assertThat(location(again)).hasValue("/projects/new");
		assertThat(browser.get("/projects/new").statusCode()).isEqualTo(200);
		// back on the page, the page to return to is forgotten
		assertThat(browser.cookie(ReturnAfterSignIn.COOKIE).map(c -> c.getValue())).isEmpty();
	}

	@Test
	void aPageOpenedAfterTheSessionExpiredSaysSoAndIsShownAfterTheLogin() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.logIn("director", "demo").statusCode()).isEqualTo(302);
		expire(browser.sessionId().orElseThrow());
		HttpResponse<String> page = browser.get("/portfolio?lang=en");
		assertThat(location(page)).hasValue("/login?expired");
		assertThat(location(browser.logIn("director", "demo"))).hasValue("/portfolio?lang=en");

		// without a session cookie, nothing expired: the plain login page
		WebClient stranger = new WebClient(this.port);
		assertThat(location(stranger.get("/portfolio"))).hasValue("/login");
	}

	@Test
	void signingOutAlwaysEndsTheSessionEvenWithoutAToken() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.logIn("director", "demo").statusCode()).isEqualTo(302);
		String session = browser.sessionId().orElseThrow();
		HttpResponse<String> out = browser.post("/logout", "", "/projects");
		assertThat(location(out)).hasValue("/login?logout");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				session))
			.isZero();
		// signed out is not expired: the plain login page
		assertThat(location(browser.get("/projects"))).hasValue("/login");
	}

	/** Eight hours and a minute without a request: the session has timed out. */
	private void expire(String sessionId) {
		long nineHours = 9 * 3600 * 1000L;
		assertThat(this.jdbc.update("update spring_session set last_access_time = last_access_time - ?, "
				+ "expiry_time = expiry_time - ? where session_id = ?", nineHours, nineHours, sessionId))
			.isEqualTo(1);
	}

	private String principalOf(String sessionId) {
		return this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				sessionId);
	}

	/** Where a redirect leads, as a path of ours. */
	private Optional<String> location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.map(location -> location.replaceFirst("^http://localhost:" + this.port, ""));
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

}
