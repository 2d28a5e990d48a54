package com.crmtracker.web.support;

import java.util.EnumSet;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the signed-in user as an {@link Actor}. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current();
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("Not signed in");
		}
		return of(authentication);
	}

	/**
	 * The actor an authentication stands for: its name and the roles among its
	 * authorities.
	 */
	static Actor of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					roles.add(Role.valueOf(name.substring(5)));
				}
				catch (IllegalArgumentException ignored) {
					// an authority of another kind
				}
			}
		}
		return new Actor(authentication.getName(), roles);
	}

}
