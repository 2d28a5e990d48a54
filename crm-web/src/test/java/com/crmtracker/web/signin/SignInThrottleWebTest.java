package com.crmtracker.web.signin;

import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords through the form or HTTP Basic is slowed down, also for the guessed
 * user's tokens, and an admin lifts it.
 */
@WebAppTest
class SignInThrottleWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	ApiTokens tokens;

	// other tests of the shared context may have left failures of this address behind
	@BeforeEach
	@AfterEach
	void forgetTheGuesses() {
		this.throttle.clearAll();
	}

	@Test
	void theSixthFormSignInAfterFiveWrongPasswordsWaitsEvenWithTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("steering").password("guess " + i))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user("steering").password("demo"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().string(containsString("You can try again in 1 minute.")))
			.andExpect(unauthenticated());
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "steering")
				.param("password", "demo")
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("请在 1 分钟后再试")));
	}

	@Test
	void theSixthBasicCallAfterFiveWrongPasswordsWaitsEvenWithTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/projects").with(httpBasic("steering", "guess " + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("steering", "demo")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("try again in 1 minute")));
		this.mvc.perform(formLogin().user("steering").password("demo"))
			// the name waits on every way in
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void anAddressSendingThirtyUnknownTokensWaitsToo() throws Exception {
		for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
			this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer crm_guess" + i))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer crm_guess-again"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.status").value(429));
		// the same address waits with a password too
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("steering", "demo")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aThrottledNameStopsItsOwnersValidTokensUntilAnAdminClearsIt() throws Exception {
		String steering = this.tokens
			.issue(new Actor("steering", Set.of(Role.STEERING)), "integration " + System.nanoTime(),
					LocalDate.now().plusDays(10))
			.token();
		String finance = this.tokens
			.issue(new Actor("finance", Set.of(Role.FINANCE)), "integration " + System.nanoTime(),
					LocalDate.now().plusDays(10))
			.token();
		this.mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + steering))
			.andExpect(status().isOk());

		// someone guesses steering's password
		for (int i = 0; i < SignInThrottle.FAILURES_PER_NAME; i++) {
			this.mvc.perform(get("/api/v1/projects").with(httpBasic("steering", "guess " + i)))
				.andExpect(status().isUnauthorized());
		}
		// twice: a call with the valid token neither passes nor lifts the wait
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + steering))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "60"))
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(429))
				.andExpect(jsonPath("$.detail").value(containsString("try again in 1 minute")));
		}
		// another user's token, from the same address, is not held up
		this.mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + finance))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("finance"));

		this.mvc
			.perform(post("/admin/sign-in-throttles/clear").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("kind", "NAME")
				.param("who", "steering"))
			.andExpect(redirectedUrl("/admin/sign-in-throttles"));
		this.mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + steering))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("steering"));
	}

	@Test
	void anAdminSeesTheThrottledNameAndLetsItSignInAgain() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("steering").password("guess " + i));
		}
		this.mvc.perform(get("/admin/sign-in-throttles").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"clear-NAME-steering\"")))
			.andExpect(content().string(containsString("id=\"clear-ADDRESS-127.0.0.1\"")));
		this.mvc.perform(get("/admin/sign-in-throttles").with(user("steering").roles("STEERING")))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/admin/sign-in-throttles/clear").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("kind", "NAME")
				.param("who", "steering"))
			.andExpect(redirectedUrl("/admin/sign-in-throttles"));

		this.mvc.perform(formLogin().user("steering").password("demo")).andExpect(authenticated());
		this.mvc.perform(get("/admin/sign-in-throttles").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("clear-NAME-steering"))));
	}

}
