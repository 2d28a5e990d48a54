package com.crmtracker.web.api;

import java.net.URI;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.support.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Tag(name = "Users", description = "User accounts")
@JsonApi("/api/v1/users")
class UsersApi {

	private final UserDirectory users;

	UsersApi(UserDirectory users) {
		this.users = users;
	}

	/** Only admins get here (see the security configuration). */
	@Operation(operationId = "createUser", summary = "Create a user (ADMIN)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
		UserView created = this.users
			.create(new NewUser(body.username(), body.password(), body.displayName(), body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserJson.of(created));
	}

	@Operation(operationId = "listUsers", summary = "List the users (ADMIN), by username, paged")
	@GetMapping
	PageJson<UserJson> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		return PageJson.of(this.users.all().stream().map(UserJson::of).toList(), page, size);
	}

	@Operation(operationId = "getUser", summary = "Get a user (ADMIN)")
	@GetMapping("/{username}")
	UserJson get(@PathVariable String username) {
		return UserJson.of(this.users.get(username));
	}

	/**
	 * Changes the fields sent (the others keep their values), with the version read; as
	 * the admin page does, through the same directory.
	 */
	@Operation(operationId = "updateUser",
			summary = "Change a user's display name, roles or enabled state (ADMIN), with the version read")
	@PatchMapping("/{username}")
	UserJson update(@PathVariable String username, @RequestBody UserPatch body) {
		if (body.version() == null) {
			throw InvalidInput.of("version", "version.required", "must be the version you read");
		}
		UserView current = this.users.get(username);
		return UserJson.of(this.users.update(username, body.version(),
				body.displayName() == null ? current.displayName() : body.displayName(),
				body.roles() == null ? current.roles() : body.roles(),
				body.enabled() == null ? current.enabled() : body.enabled()));
	}

	@Operation(summary = "Reset a user's password (ADMIN), with the version read")
	@ApiResponse(responseCode = "204", description = "The password is reset")
	@PostMapping("/{username}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordJson body) {
		if (body.version() == null) {
			throw InvalidInput.of("version", "version.required", "must be the version you read");
		}
		this.users.resetPassword(username, body.version(), body.password());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The signed-in user")
	@GetMapping("/me")
	MeJson me(Actor actor) {
		UserView me = this.users.get(actor.username());
		return new MeJson(me.username(), me.displayName(), me.roles());
	}

	record NewUserJson(@Schema(requiredMode = REQUIRED) String username,
			@Schema(requiredMode = REQUIRED) String password, @Schema(requiredMode = REQUIRED) String displayName,
			Set<Role> roles) {
	}

	record UserJson(String username, String displayName, Set<Role> roles, boolean enabled, long version) {

		static UserJson of(UserView user) {
			return new UserJson(user.username(), user.displayName(), user.roles(), user.enabled(), user.version());
		}

	}

	/** A user's change: absent fields keep their value. */
	record UserPatch(@Schema(nullable = true) String displayName, @Schema(nullable = true) Set<Role> roles,
			@Schema(nullable = true) Boolean enabled, @Schema(requiredMode = REQUIRED) Long version) {
	}

	record PasswordJson(@Schema(requiredMode = REQUIRED) String password,
			@Schema(requiredMode = REQUIRED) Long version) {
	}

	record MeJson(String username, String displayName, Set<Role> roles) {
	}

}
