package com.crmtracker.web.signin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * A session is created at the login and never before: what an anonymous page needs
 * travels in cookies. The session id changes at every login (Spring Security's default
 * protection against session fixation stays on).
 */
public final class SessionsAtLogin {

	private SessionsAtLogin() {
	}

	/**
	 * The CSRF token in an HttpOnly cookie (the forms carry it as a hidden field), loaded
	 * at the start of every page so its cookie is set before the page is written.
	 */
	public static CsrfConfigurer<HttpSecurity> csrfTokensInACookie(CsrfConfigurer<HttpSecurity> csrf) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(handler);
	}

	/**
	 * A wrong password shows the login page again without keeping the error in a new
	 * session (the page says only that the name or password was wrong).
	 */
	public static AuthenticationFailureHandler wrongCredentials() {
		SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
		handler.setAllowSessionCreation(false);
		return handler;
	}

}
