package com.crmtracker.users;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	/**
	 * bcrypt of the configured strength ({@code crm.security.bcrypt-strength}, 10 by
	 * default: about 70 ms a check), and able to read whatever encoding a stored hash
	 * names. A hash is checked at the strength it was made with, so a change of strength
	 * applies to passwords set after it. The tests make their users at strength 4, as a
	 * thousand sign-ins at 10 would cost them minutes and test nothing more.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${crm.security.bcrypt-strength:10}") int strength) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
