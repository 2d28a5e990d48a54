package com.crmtracker.web.admin;

import java.util.EnumSet;
import java.util.Set;

import com.crmtracker.domain.Role;

/** Creates a user, or edits one (without the username and password then). */
public class UserForm {

	private String username;

	private String displayName;

	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private long version;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
