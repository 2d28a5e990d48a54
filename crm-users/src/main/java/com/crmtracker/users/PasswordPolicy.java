package com.crmtracker.users;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable; answers the message key of the first rule it breaks.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/**
	 * The most a password may hold, in UTF-8 bytes: bcrypt reads no further, so a longer
	 * one would be cut silently (or refused by the encoder). A Chinese character takes 3.
	 */
	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	public static Optional<String> problemWith(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("user.password.tooShort");
		}
		if (password.length() > 128) {
			return Optional.of("user.password.tooLong");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("user.password.tooManyBytes");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("user.password.tooSimple");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("user.password.containsUsername");
		}
		return Optional.empty();
	}

	static String englishMessage(String code) {
		return switch (code) {
			case "user.password.tooShort" -> "must be at least " + MIN_LENGTH + " characters long";
			case "user.password.tooLong" -> "must be at most 128 characters long";
			case "user.password.tooManyBytes" -> "must be at most " + MAX_BYTES
					+ " bytes in UTF-8 (a letter or digit takes 1 byte, a Chinese character 3)";
			case "user.password.tooSimple" -> "must use at least 4 different characters";
			case "user.password.containsUsername" -> "must not contain the username";
			default -> "is not acceptable";
		};
	}

}
