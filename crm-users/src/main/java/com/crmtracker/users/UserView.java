package com.crmtracker.users;

import java.time.ZoneId;
import java.util.Set;

import com.crmtracker.domain.Role;

/**
 * A user as others see it: never the password. {@code timeZone} is the zone the user
 * chose to read times in, null for the browser's.
 */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled, long version,
		ZoneId timeZone) {

	public UserView {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
