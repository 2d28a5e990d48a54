package com.crmtracker.web.admin;

import java.util.EnumSet;
import java.util.Set;

import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;

/**
 * A new user; the user directory checks the username, the name and the password policy,
 * every field at once.
 */
public record NewUserForm(String username, String displayName, String password, Set<Role> roles) {

	public NewUserForm {
		roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	static NewUserForm empty() {
		return new NewUserForm(null, null, null, null);
	}

	NewUser user() {
		return new NewUser(this.username, this.password, this.displayName, this.roles);
	}

}
