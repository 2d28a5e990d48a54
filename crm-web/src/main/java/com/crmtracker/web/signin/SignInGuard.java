package com.crmtracker.web.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.crmtracker.web.support.StandalonePages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in (the login form's POST, HTTP Basic and bearer tokens): while
 * the {@link SignInThrottle} says the name or the address must wait, the attempt is
 * answered 429 with {@code Retry-After} before any password is looked at, so even the
 * right password waits. The form gets a page in the reader's language, the API a problem.
 * A bearer token names its owner only once it is checked, so a second guard stands after
 * the token's check ({@link #tokenOwner}): a valid token of a throttled name waits as its
 * password does. Made by the security configuration for its chains, not a filter of every
 * request.
 */
public class SignInGuard extends OncePerRequestFilter {

	private enum Stands {

		BEFORE_BASIC_AND_TOKENS, BEFORE_THE_FORM, AFTER_THE_TOKEN

	}

	private final SignInThrottle throttle;

	private final StandalonePages pages;

	private final Stands stands;

	private SignInGuard(SignInThrottle throttle, StandalonePages pages, Stands stands) {
		this.throttle = throttle;
		this.pages = pages;
		this.stands = stands;
	}

	/**
	 * For the chain that signs in with HTTP Basic or a token, before either is checked.
	 */
	public static SignInGuard basic(SignInThrottle throttle, StandalonePages pages) {
		return new SignInGuard(throttle, pages, Stands.BEFORE_BASIC_AND_TOKENS);
	}

	/** For the chain with the login form. */
	public static SignInGuard form(SignInThrottle throttle, StandalonePages pages) {
		return new SignInGuard(throttle, pages, Stands.BEFORE_THE_FORM);
	}

	/**
	 * After a bearer token was checked: the owner it names waits while his or her name is
	 * throttled.
	 */
	public static SignInGuard tokenOwner(SignInThrottle throttle, StandalonePages pages) {
		return new SignInGuard(throttle, pages, Stands.AFTER_THE_TOKEN);
	}

	/** Two guards stand in one chain: each runs once per request. */
	@Override
	protected String getAlreadyFilteredAttributeName() {
		return super.getAlreadyFilteredAttributeName() + "." + this.stands;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.stands == Stands.AFTER_THE_TOKEN) {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			Optional<Duration> wait = (signedIn instanceof BearerTokenAuthentication token)
					? this.throttle.waitFor(token.getName(), null) : Optional.empty();
			if (wait.isEmpty()) {
				chain.doFilter(request, response);
			}
			else {
				SecurityContextHolder.clearContext();
				refuse(wait.get(), false, request, response);
			}
			return;
		}
		boolean basicAuth = this.stands == Stands.BEFORE_BASIC_AND_TOKENS;
		String basic = basicAuth ? basicName(request) : null;
		// a bearer token names nobody before it is checked: only its address can wait
		boolean bearer = basicAuth && basic == null && isBearer(request);
		boolean form = !basicAuth && isLoginForm(request);
		if (basic == null && !form && !bearer) {
			chain.doFilter(request, response);
			return;
		}
		String name = form ? request.getParameter("username") : basic;
		Optional<Duration> wait = this.throttle.waitFor(name, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		refuse(wait.get(), form, request, response);
	}

	/** 429 with {@code Retry-After}: the page of the form, or the API's problem. */
	private void refuse(Duration wait, boolean form, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		long minutes = (seconds + 59) / 60;
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (form) {
			this.pages.render("error/429", Map.of("minutes", minutes), request, response);
			return;
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,\"detail\":"
					+ "\"Too many failed sign-ins for this user name or from this address; try again in " + minutes
					+ (minutes == 1 ? " minute" : " minutes") + "\"}");
	}

	private static boolean isLoginForm(HttpServletRequest request) {
		return HttpMethod.POST.matches(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static boolean isBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/** The user name of an HTTP Basic header, or null. */
	private static String basicName(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			// the Basic filter refuses it
			return null;
		}
	}

}
