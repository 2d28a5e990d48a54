package com.crmtracker.domain;

import java.util.Set;

/** The signed-in user on whose behalf a module is called. */
public record Actor(String username, Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the actor sees every project by a company-wide role. */
	public boolean seesAllProjects() {
		return this.roles.stream().anyMatch(Role::seesAllProjects);
	}

}
