package com.crmtracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded server's superuser: generated at the first start, kept in
 * the data directory in a file only its owner may read or write (POSIX 600), so nothing
 * else on the machine signs in to the database without it.
 */
final class DatabasePassword {

	static final String FILE_NAME = "crm-database-password";

	private static final SecureRandom random = new SecureRandom();

	private DatabasePassword() {
	}

	/** A new random password: 192 bits, in letters, digits, {@code -} and {@code _}. */
	static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static Path fileIn(Path dataDirectory) {
		return dataDirectory.resolve(FILE_NAME);
	}

	/** The stored password, or null when the directory has none (yet). */
	static String readFrom(Path dataDirectory) {
		Path file = fileIn(dataDirectory);
		if (!Files.exists(file)) {
			return null;
		}
		try {
			String password = Files.readString(file, StandardCharsets.UTF_8).trim();
			return isPlain(password) ? password : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	/** Writes the password, readable and writable by the owner only. */
	static void writeTo(Path dataDirectory, String password) {
		Path file = fileIn(dataDirectory);
		try {
			Files.deleteIfExists(file);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	/** Only what {@link #generate()} makes: safe inside an SQL string literal. */
	static boolean isPlain(String password) {
		return password.matches("[A-Za-z0-9_-]{16,128}");
	}

}
