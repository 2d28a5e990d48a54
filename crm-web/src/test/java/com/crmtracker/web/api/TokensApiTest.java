package com.crmtracker.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;

import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.WebAppTest;
import com.crmtracker.web.signin.SignInThrottle;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens through the API: made with the password, used as
 * {@code Authorization: Bearer}, acting as their owner, refused once expired, revoked or
 * their owner disabled, and private to their owner (and the admins).
 */
@WebAppTest
class TokensApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	SignInThrottle throttle;

	/** Refused tokens count against the address; the next test class starts afresh. */
	@AfterEach
	void forgetTheRefusedTokens() {
		this.throttle.clearAll();
	}

	@Test
	void aTokenIsMadeOnceShownAndStoredOnlyAsItsHash() throws Exception {
		MvcResult made = this.mvc
			.perform(post("/api/v1/tokens").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newToken("reporting " + System.nanoTime(), LocalDate.now().plusDays(30))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresOn").value(LocalDate.now().plusDays(30).toString()))
			.andReturn();
		String token = JsonPath.read(made.getResponse().getContentAsString(), "$.token");
		int id = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
		assertThat(made.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/tokens/" + id);
		// crm_ and 32 random bytes in Base64 without padding: 4 + 43 characters
		assertThat(token).startsWith("crm_").hasSize(47);

		assertThat(this.jdbc.queryForObject("select secret_sha256 from api_token where id = ?", String.class, id))
			.isEqualTo(sha256(token));
		assertThat(this.jdbc.queryForObject("select count(*) from api_token t where t::text like ?", Integer.class,
				"%" + token.substring(4) + "%"))
			.isZero();

		this.mvc.perform(get("/api/v1/tokens").with(httpBasic("director", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem(id)))
			.andExpect(jsonPath("$.content[0].token").doesNotExist())
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void aTokenActsAsItsOwnerWithTheOwnersRolesAndProjects() throws Exception {
		long demo = this.jdbc.queryForObject("select min(id) from project where name = ?", Long.class,
				"华东区销售与服务 CRM 实施");
		String director = tokenOf("director", "demo");
		this.mvc.perform(get("/api/v1/users/me").with(bearer(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("director"))
			.andExpect(jsonPath("$.roles[0]").value("DIRECTOR"));
		this.mvc.perform(get("/api/v1/projects/" + demo).with(bearer(director))).andExpect(status().isOk());

		String outsider = tokenOf(aUser(Role.DIRECTOR).username(), "correct horse battery");
		this.mvc.perform(get("/api/v1/projects/" + demo).with(bearer(outsider))).andExpect(status().isNotFound());
		String steering = tokenOf("steering", "demo");
		this.mvc
			.perform(post("/api/v1/projects").with(bearer(steering)).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "By token", "organisation": "Acme", "currency": "EUR",
					 "startDate": "2027-01-01", "plannedGoLive": "2027-10-01"}"""))
			.andExpect(status().isForbidden());
		// Basic keeps working beside tokens
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("director", "demo"))).andExpect(status().isOk());
	}

	@Test
	void anExpiredTokenIsRefusedWith401SayingSo() throws Exception {
		String token = tokenOf("finance", "demo");
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());
		// the day it expires on has come
		this.jdbc.update("update api_token set expires_on = ? where secret_sha256 = ?", LocalDate.now(), sha256(token));
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("expired on " + LocalDate.now())));
		this.mvc.perform(get("/api/v1/tokens").with(httpBasic("finance", "demo")))
			.andExpect(jsonPath("$.content[?(@.expiresOn == '" + LocalDate.now() + "')].expired", hasItem(true)));
	}

	@Test
	void aRevokedTokenStopsAtOnce() throws Exception {
		String token = tokenOf("finance", "demo");
		long id = idOf(token);
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("finance", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("finance", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDisabledOwnersTokensStopAtOnce() throws Exception {
		UserView owner = aUser(Role.FINANCE);
		String token = tokenOf(owner.username(), "correct horse battery");
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());
		this.users.update(owner.username(), owner.version(), owner.displayName(), owner.roles(), false);
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void anotherUsersTokenCannotBeSeenOrRevokedButAnAdminCan() throws Exception {
		String token = tokenOf("finance", "demo");
		long id = idOf(token);
		this.mvc.perform(get("/api/v1/tokens").with(httpBasic("director", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		this.mvc.perform(get("/api/v1/tokens/" + id).with(httpBasic("director", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("director", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/tokens").param("user", "finance").with(httpBasic("director", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/tokens").param("user", "finance").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.content[0].owner").value("finance"));
		this.mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenCannotMakeTokensAndABadTokenIsRefusedAsAProblem() throws Exception {
		String token = tokenOf("director", "demo");
		this.mvc
			.perform(post("/api/v1/tokens").with(bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newToken("from a token", LocalDate.now().plusDays(5))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("password")));
		for (String bad : new String[] { "crm_" + "A".repeat(43), "not-a-token", token.substring(0, 46) }) {
			this.mvc.perform(get("/api/v1/users/me").with(bearer(bad)))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("not valid")));
		}
	}

	@Test
	void aNameAndAnExpiryWithinAYearAreRequired() throws Exception {
		this.mvc
			.perform(post("/api/v1/tokens").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newToken(" ", LocalDate.now())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("expiresOn")));
		this.mvc
			.perform(post("/api/v1/tokens").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newToken("too long lived", LocalDate.now().plusDays(367))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
		for (String body : new String[] { "{\"name\": \"x\", \"expiresOn\": \"soon\"}", "", "[]",
				"{\"name\": \"a\u0000b\", \"expiresOn\": \"" + LocalDate.now().plusDays(3) + "\"}" }) {
			this.mvc
				.perform(post("/api/v1/tokens").with(httpBasic("director", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().is4xxClientError())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
		String token = tokenOf("steering", "demo");
		assertThat(lastUse(token)).isNull();
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());
		Timestamp first = lastUse(token);
		assertThat(first).isNotNull();
		this.mvc.perform(get("/api/v1/projects").with(bearer(token))).andExpect(status().isOk());
		assertThat(lastUse(token)).isEqualTo(first);

		// two minutes later the next use is recorded again
		Instant earlier = Instant.now().minus(2, ChronoUnit.MINUTES);
		this.jdbc.update("update api_token set last_used_at = ? where secret_sha256 = ?", Timestamp.from(earlier),
				sha256(token));
		this.mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(status().isOk());
		assertThat(lastUse(token).toInstant()).isAfter(earlier.plusSeconds(60));
	}

	private String tokenOf(String username, String password) throws Exception {
		MvcResult made = this.mvc
			.perform(post("/api/v1/tokens").with(httpBasic(username, password))
				.contentType(MediaType.APPLICATION_JSON)
				.content(newToken("test " + System.nanoTime(), LocalDate.now().plusDays(10))))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(made.getResponse().getContentAsString(), "$.token");
	}

	private UserView aUser(Role role) {
		String name = "token.user" + System.nanoTime() % 1_000_000_000L;
		return this.users.create(new NewUser(name, "correct horse battery", "Token user", Set.of(role)));
	}

	private long idOf(String token) {
		return this.jdbc.queryForObject("select id from api_token where secret_sha256 = ?", Long.class, sha256(token));
	}

	private Timestamp lastUse(String token) {
		return this.jdbc.queryForObject("select last_used_at from api_token where secret_sha256 = ?", Timestamp.class,
				sha256(token));
	}

	private static String newToken(String name, LocalDate expiresOn) {
		return "{\"name\": \"" + name + "\", \"expiresOn\": \"" + expiresOn + "\"}";
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
