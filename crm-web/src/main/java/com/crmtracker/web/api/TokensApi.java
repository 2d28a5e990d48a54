package com.crmtracker.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.users.ApiTokenView;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.users.IssuedToken;
import com.crmtracker.web.support.JsonApi;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Personal API tokens: one's own, and for an admin anyone's ({@code ?user=}). Another
 * user's token is not found. A token cannot make tokens, so that one that leaked cannot
 * outlive its expiry.
 */
@JsonApi("/api/v1/tokens")
class TokensApi {

	private final ApiTokens tokens;

	TokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<IssuedJson> create(Actor actor, Authentication authentication, @RequestBody NewTokenJson body) {
		if (authentication instanceof BearerTokenAuthentication) {
			throw new Forbidden("A token cannot make tokens: sign in with your password");
		}
		IssuedToken issued = this.tokens.issue(actor, body.name(), body.expiresOn());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
			.body(new IssuedJson(issued.id(), issued.name(), issued.token(), issued.expiresOn()));
	}

	/** One's own tokens, or with {@code user} (admins only) that user's. */
	@GetMapping
	PageJson<TokenJson> list(Actor actor, @RequestParam(required = false) String user,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		PageJson.check(page, size);
		return PageJson.of(
				this.tokens.ownedBy(actor, user == null ? actor.username() : user).stream().map(TokenJson::of).toList(),
				page, size);
	}

	@GetMapping("/{id}")
	TokenJson get(Actor actor, @PathVariable long id) {
		return TokenJson.of(this.tokens.get(actor, id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
		this.tokens.revoke(actor, id);
		return ResponseEntity.noContent().build();
	}

	record NewTokenJson(String name, LocalDate expiresOn) {
	}

	/** The secret is in this answer only. */
	record IssuedJson(long id, String name, String token, LocalDate expiresOn) {
	}

	record TokenJson(long id, String owner, String name, Instant createdAt, LocalDate expiresOn,
			@Schema(nullable = true, description = "Null until its first use") Instant lastUsedAt, boolean expired) {

		static TokenJson of(ApiTokenView token) {
			return new TokenJson(token.id(), token.owner(), token.name(), token.createdAt(), token.expiresOn(),
					token.lastUsedAt(), token.expired());
		}

	}

}
