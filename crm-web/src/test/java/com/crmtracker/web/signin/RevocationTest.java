package com.crmtracker.web.signin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access taken away takes effect at once, on the running server: disabling a user,
 * resetting the password or removing a role ends every session of the user and stops the
 * API calls made with the old access (tokens, and Basic with the old password or role). A
 * change that takes nothing away leaves the user signed in.
 */
@WebAppTest
@TestPropertySource(properties = "crm.test.context=real-sessions")
class RevocationTest {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	ApiTokens tokens;

	@Test
	void disablingAUserEndsTheSessionsAndStopsTheApiCalls() {
		UserView user = aUser();
		WebClient browser = signedIn(user);
		String token = tokenOf(user);

		this.users.update(user.username(), user.version(), user.displayName(), user.roles(), false);

		assertThat(sessionsOf(user)).isZero();
		assertThat(browser.get("/projects").statusCode()).isEqualTo(302);
		assertThat(api("/api/v1/users/me", bearer(token)).statusCode()).isEqualTo(401);
		assertThat(api("/api/v1/users/me", basic(user.username(), PASSWORD)).statusCode()).isEqualTo(401);
	}

	@Test
	void resettingThePasswordEndsTheSessionsAndStopsTheApiCalls() {
		UserView user = aUser();
		WebClient browser = signedIn(user);
		String token = tokenOf(user);

		this.users.resetPassword(user.username(), user.version(), "a brand new secret");

		assertThat(sessionsOf(user)).isZero();
		assertThat(browser.get("/projects").statusCode()).isEqualTo(302);
		assertThat(api("/api/v1/users/me", bearer(token)).statusCode()).isEqualTo(401);
		assertThat(api("/api/v1/users/me", basic(user.username(), PASSWORD)).statusCode()).isEqualTo(401);
		assertThat(api("/api/v1/users/me", basic(user.username(), "a brand new secret")).statusCode()).isEqualTo(200);
	}

	@Test
	void removingARoleEndsTheSessionsAndTheApiActsWithTheRemainingRolesOnly() {
		UserView user = aUser();
		WebClient browser = signedIn(user);
		String token = tokenOf(user);

		this.users.update(user.username(), user.version(), user.displayName(), Set.of(Role.FINANCE), true);

		assertThat(sessionsOf(user)).isZero();
		assertThat(browser.get("/projects").statusCode()).isEqualTo(302);
		assertThat(api("/api/v1/users/me", bearer(token)).statusCode()).isEqualTo(401);
		HttpResponse<String> me = api("/api/v1/users/me", basic(user.username(), PASSWORD));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"roles\":[\"FINANCE\"]");
		// creating a project needs the director's role that was removed
		HttpResponse<String> create = send(basic(user.username(), PASSWORD).uri(uri("/api/v1/projects"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"name": "After the role went", "organisation": "Acme", "currency": "EUR",
					 "startDate": "2027-01-01", "plannedGoLive": "2027-10-01"}"""))
			.build());
		assertThat(create.statusCode()).isEqualTo(403);
	}

	@Test
	void aChangeThatTakesNothingAwayLeavesTheUserSignedIn() {
		UserView user = aUser();
		WebClient browser = signedIn(user);
		String token = tokenOf(user);

		this.users.update(user.username(), user.version(), "A new display name",
				EnumSet.of(Role.DIRECTOR, Role.FINANCE, Role.STEERING), true);

		assertThat(sessionsOf(user)).isEqualTo(1);
		assertThat(browser.get("/projects").statusCode()).isEqualTo(200);
		assertThat(api("/api/v1/users/me", bearer(token)).statusCode()).isEqualTo(200);
	}

	private UserView aUser() {
		String name = "revoked" + System.nanoTime() % 1_000_000_000L;
		return this.users.create(new NewUser(name, PASSWORD, "Revoked user", Set.of(Role.DIRECTOR, Role.FINANCE)));
	}

	private WebClient signedIn(UserView user) {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.logIn(user.username(), PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/projects").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(user)).isEqualTo(1);
		return browser;
	}

	private String tokenOf(UserView user) {
		String token = this.tokens
			.issue(new Actor(user.username(), user.roles()), "integration", LocalDate.now().plusDays(10))
			.token();
		assertThat(api("/api/v1/users/me", bearer(token)).statusCode()).isEqualTo(200);
		return token;
	}

	private int sessionsOf(UserView user) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.username());
	}

	private HttpResponse<String> api(String path, HttpRequest.Builder credentials) {
		return send(credentials.uri(uri(path)).GET().build());
	}

	private HttpRequest.Builder bearer(String token) {
		return HttpRequest.newBuilder().header("Authorization", "Bearer " + token);
	}

	private HttpRequest.Builder basic(String username, String password) {
		return HttpRequest.newBuilder()
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	private java.net.URI uri(String path) {
		return java.net.URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return new WebClient(this.port).send(request);
	}

}
