package com.crmtracker.web.admin;

import java.util.EnumSet;
import java.util.Set;

import com.crmtracker.domain.Role;
import com.crmtracker.users.UserView;
import jakarta.validation.constraints.NotNull;

/** A user's name, roles and whether the account is enabled, with the version read. */
public record UserForm(String displayName, Set<Role> roles, Boolean enabled, @NotNull Long version) {

	public UserForm {
		roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	static UserForm of(UserView user) {
		return new UserForm(user.displayName(),
				user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()), user.enabled(),
				user.version());
	}

}
