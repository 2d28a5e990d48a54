package com.crmtracker.users;

import java.util.Set;

import com.crmtracker.domain.Role;

/** What it takes to create a user. */
public record NewUser(String username, String password, String displayName, Set<Role> roles) {

	public NewUser {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

}
