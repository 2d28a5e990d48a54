package com.crmtracker.web.signin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Counts what Spring Security decided about a sign-in: a wrong password or an unknown
 * name is a failure of that name and address; a success with the password clears the
 * name. A disabled account or a database out of reach is no guess and is not counted.
 */
@Component
class SignInEvents {

	private final SignInThrottle throttle;

	SignInEvents(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Authentication attempt = event.getAuthentication();
		// a refused bearer token counts against its address only: its "name" is the
		// token itself, which is kept nowhere
		String name = (attempt instanceof BearerTokenAuthenticationToken) ? null : attempt.getName();
		this.throttle.failed(name, addressOf(attempt));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// a valid token proves nothing about the password being guessed: its name stays
		// throttled (and its call waits, SignInGuard.tokenOwner)
		if (!(event.getAuthentication() instanceof BearerTokenAuthentication)) {
			this.throttle.succeeded(event.getAuthentication().getName());
		}
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
