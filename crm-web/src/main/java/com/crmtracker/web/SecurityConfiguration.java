package com.crmtracker.web;

import com.crmtracker.web.signin.SignInGuard;
import com.crmtracker.web.signin.SignInThrottle;
import com.crmtracker.web.signin.ApiTokenIntrospector;
import com.crmtracker.web.signin.ExpiredSessions;
import com.crmtracker.web.signin.ReturnAfterSignIn;
import com.crmtracker.web.signin.SessionsAtLogin;
import com.crmtracker.web.support.ProblemAuthenticationEntryPoint;
import com.crmtracker.web.support.SignInFailureHandler;
import com.crmtracker.web.support.StandalonePages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Pages log in with a form and need CSRF tokens; the JSON API and the metrics endpoints
 * use HTTP Basic or a personal API token, keep no session and need no CSRF token. Roles
 * that a whole address needs are decided here; which project a user may see, and what he
 * or she may do with it, is decided once per request by
 * {@code ProjectHandleArgumentResolver} through {@code ProjectAccess}. A page form
 * without a valid CSRF token answers the 403 page; signing out needs no token, so it
 * always ends the session. An anonymous visitor gets no session: it is created at the
 * login ({@code web.signin}). Failed sign-ins are throttled ({@code SignInThrottle}, 429)
 * on both chains; a throttled name waits with its valid tokens too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts only from our own files (no inline script, no handler attribute, no eval);
	 * styles from our files plus the {@code style} attributes of the charts' SVG; images
	 * ours or inline data; no plugins, no framing, forms post only to us.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No observation (trace span) around every security filter of every request: a
	 * profile showed the wrapping costing more than the filters; requests are still timed
	 * by the HTTP server metrics.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems,
			SignInThrottle throttle, StandalonePages pages, ApiTokenIntrospector tokens) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.addFilterBefore(SignInGuard.basic(throttle, pages), BearerTokenAuthenticationFilter.class)
			// a token names its owner once checked: a throttled name waits with it too
			.addFilterAfter(SignInGuard.tokenOwner(throttle, pages), BearerTokenAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/users/me")
				.authenticated()
				.requestMatchers("/api/v1/users", "/api/v1/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			// personal API tokens: Authorization: Bearer crm_…
			.oauth2ResourceServer(bearer -> bearer.opaqueToken(opaque -> opaque.introspector(tokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, SignInFailureHandler signInFailures, SignInThrottle throttle,
			StandalonePages pages, ExpiredSessions expiredSessions, ReturnAfterSignIn returnAfterSignIn)
			throws Exception {
		http.addFilterBefore(SignInGuard.form(throttle, pages), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
						"/error/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/projects/new")
				.hasAnyRole("ADMIN", "DIRECTOR")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(signInFailures)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// no session before the login: the page to return to and the CSRF token are
			// cookies
			.requestCache(cache -> cache.requestCache(returnAfterSignIn))
			.csrf(csrf -> SessionsAtLogin.csrfTokensInACookie(csrf)
				// signing out must always work, also from a page whose token went stale
				.ignoringRequestMatchers("/logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(expiredSessions)
				.accessDeniedHandler(expiredSessions))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
