package com.crmtracker.web.support;

import java.io.IOException;

import com.crmtracker.web.signin.SessionsAtLogin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * What the login form answers when signing in fails: wrong credentials lead back to the
 * form with its message; a database out of reach is no wrong password, and answers
 * {@link DatabaseOutage}'s 503 page.
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler wrongCredentials = SessionsAtLogin.wrongCredentials();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (DatabaseOutage.causedBy(exception)) {
			throw exception;
		}
		this.wrongCredentials.onAuthenticationFailure(request, response, exception);
	}

}
