package com.crmtracker.web.api;

import java.net.URI;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.support.JsonApi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@JsonApi("/api/v1/users")
class UsersApi {

	private final UserDirectory users;

	UsersApi(UserDirectory users) {
		this.users = users;
	}

	/** Only admins get here (see the security configuration). */
	@PostMapping
	ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
		UserView created = this.users
			.create(new NewUser(body.username(), body.password(), body.displayName(), body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserJson.of(created));
	}

	@GetMapping("/me")
	MeJson me(Actor actor) {
		UserView me = this.users.get(actor.username());
		return new MeJson(me.username(), me.displayName(), me.roles());
	}

	record NewUserJson(String username, String password, String displayName, Set<Role> roles) {
	}

	record UserJson(String username, String displayName, Set<Role> roles, boolean enabled) {

		static UserJson of(UserView user) {
			return new UserJson(user.username(), user.displayName(), user.roles(), user.enabled());
		}

	}

	record MeJson(String username, String displayName, Set<Role> roles) {
	}

}
