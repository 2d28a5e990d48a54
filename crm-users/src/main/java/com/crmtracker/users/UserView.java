package com.crmtracker.users;

import java.util.Set;

import com.crmtracker.domain.Role;

/** A user as others see it: never the password. */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled, long version) {

	public UserView {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
