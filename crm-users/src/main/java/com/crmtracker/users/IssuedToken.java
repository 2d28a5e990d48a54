package com.crmtracker.users;

import java.time.LocalDate;

/** A token just created: the only time its secret is shown. */
public record IssuedToken(long id, String name, String token, LocalDate expiresOn) {
}
