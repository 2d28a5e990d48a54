package com.crmtracker.web.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Pages that need a sign-in: a visitor whose browser still holds the cookie of a session
 * that is no longer valid is told that the session expired; any other visitor simply sees
 * the login page. A form refused for its CSRF token after the session expired leads to
 * the same login page rather than the 403 page; every other refusal is the 403 page.
 */
@Component
public class ExpiredSessions implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String LOGIN = "/login";

	static final String LOGIN_AFTER_EXPIRY = "/login?expired";

	private final ReturnAfterSignIn returnAfterSignIn;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	ExpiredSessions(ReturnAfterSignIn returnAfterSignIn) {
		this.returnAfterSignIn = returnAfterSignIn;
		this.forbidden.setErrorPage("/error/403");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.redirect.sendRedirect(request, response, expired(request) ? LOGIN_AFTER_EXPIRY : LOGIN);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (accessDeniedException instanceof CsrfException && expired(request)) {
			this.returnAfterSignIn.saveRequest(request, response);
			this.redirect.sendRedirect(request, response, LOGIN_AFTER_EXPIRY);
			return;
		}
		this.forbidden.handle(request, response, accessDeniedException);
	}

	/** The request carried a session cookie, and its session is gone. */
	static boolean expired(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
