package com.crmtracker.users;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal API token as its owner and the admins see it: never its secret.
 * {@code lastUsedAt} is at most a minute behind the last request made with it.
 */
public record ApiTokenView(long id, String owner, String name, Instant createdAt, LocalDate expiresOn,
		Instant lastUsedAt, boolean expired) {
}
