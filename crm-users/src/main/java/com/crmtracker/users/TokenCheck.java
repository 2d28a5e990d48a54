package com.crmtracker.users;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a presented token is worth: its owner when it is valid and the owner may sign in,
 * the day it expired when it expired, nothing otherwise.
 */
public record TokenCheck(UserView owner, LocalDate expiredOn) {

	static TokenCheck valid(UserView owner) {
		return new TokenCheck(owner, null);
	}

	static TokenCheck expired(LocalDate expiresOn) {
		return new TokenCheck(null, expiresOn);
	}

	static TokenCheck unknown() {
		return new TokenCheck(null, null);
	}

	public Optional<UserView> validOwner() {
		return Optional.ofNullable(this.owner);
	}

	public Optional<LocalDate> expired() {
		return Optional.ofNullable(this.expiredOn);
	}

}
