package com.crmtracker.web.support;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads the page, for the layout's menu ({@code @signedIn.user()}): the name shown
 * and whether the admin pages are offered, or null on a page read signed out. Read once
 * per page from the request's authentication, the same way {@link ActorArgumentResolver}
 * reads it for the controllers; the menu only shows links, access is decided on the
 * requests they lead to.
 */
@Component("signedIn")
public class SignedIn {

	/** The reader of a page: the name shown, and whether the admin menu is offered. */
	public record User(String name, boolean admin) {
	}

	public User user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Actor actor = ActorArgumentResolver.of(authentication);
		return new User(actor.username(), actor.has(Role.ADMIN));
	}

}
