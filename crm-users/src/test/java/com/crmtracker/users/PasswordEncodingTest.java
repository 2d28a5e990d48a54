package com.crmtracker.users;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordEncodingTest {

	@Test
	void aPasswordSetNowIsHashedWithBcryptAtTheConfiguredStrength() {
		PasswordEncoder encoder = new PasswordEncoding().passwordEncoder(12);
		String hash = encoder.encode("correct horse battery");
		// {bcrypt}, then $2a$, the strength in two digits, $, 22 characters of salt and
		// 31 of hash
		assertThat(hash).startsWith("{bcrypt}$2a$12$").hasSize("{bcrypt}".length() + 60);
		assertThat(encoder.matches("correct horse battery", hash)).isTrue();
		assertThat(encoder.matches("correct horse batter", hash)).isFalse();
	}

	@Test
	void aHashMadeAtAnotherStrengthOrInAnotherEncodingStillSignsIn() {
		PasswordEncoder encoder = new PasswordEncoding().passwordEncoder(4);
		String madeAtTen = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("demo");
		assertThat(encoder.matches("demo", madeAtTen)).isTrue();
		assertThat(encoder.matches("demo", "{noop}demo")).isTrue();
		assertThat(encoder.matches("demo", "{noop}other")).isFalse();
		assertThat(encoder.encode("demo")).startsWith("{bcrypt}$2a$04$");
	}

	@Test
	void aStrengthBcryptDoesNotHaveIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordEncoding().passwordEncoder(3));
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordEncoding().passwordEncoder(32));
	}

}
