package com.crmtracker.web.signin;

import java.util.List;
import java.util.Map;

import com.crmtracker.users.ApiTokens;
import com.crmtracker.users.TokenCheck;
import com.crmtracker.users.UserView;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * {@code Authorization: Bearer crm_…}: a personal API token acts as its owner, with the
 * owner's roles of this moment (the same authorities a password sign-in gives, so the
 * same {@code Actor}). An expired token says so; any other refusal says only that the
 * token is not valid.
 */
@Component
public class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	ApiTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		TokenCheck check = this.tokens.check(token);
		UserView owner = check.validOwner()
			.orElseThrow(() -> new BadOpaqueTokenException(check.expired()
				.map(day -> "The token expired on " + day + "; make a new one")
				.orElse("The token is not valid (unknown, revoked, or its owner is disabled)")));
		List<GrantedAuthority> authorities = owner.roles()
			.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new DefaultOAuth2AuthenticatedPrincipal(owner.username(), Map.of("sub", owner.username()), authorities);
	}

}
