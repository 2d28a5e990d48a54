package com.crmtracker.web.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the API's 401 and 403 as problem details, never as a login page; a sign-in that
 * failed because the database is out of reach is left to {@link DatabaseOutage} (503).
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (DatabaseOutage.causedBy(authException)) {
			// the user could not be looked up: not the caller's fault, a 503 of
			// DatabaseOutage
			throw authException;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"crm-tracker\"");
		response.addHeader("WWW-Authenticate", "Bearer realm=\"crm-tracker\"");
		// a refused API token says why in our words (expired, or not valid)
		String detail = authException instanceof OAuth2AuthenticationException token
				&& token.getError().getDescription() != null ? token.getError().getDescription()
						: "Credentials are missing or wrong";
		write(response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Your roles do not allow this");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
