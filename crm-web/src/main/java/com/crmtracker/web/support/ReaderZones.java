package com.crmtracker.web.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import com.crmtracker.domain.Values;
import com.crmtracker.users.UserDirectory;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The zone a request's reader reads times in: the one chosen on the account page, else
 * the browser's (which {@code /js/zone.js} puts into the cookie {@value #COOKIE}, from
 * {@code Intl}), else UTC. Instants stay UTC everywhere else; only the times shown are in
 * this zone, with its name.
 */
@Component
public class ReaderZones {

	/** The cookie holding the browser's zone id, as the static script sets it. */
	public static final String COOKIE = "crm-zone";

	public static final ZoneId UTC = ZoneId.of("UTC");

	private static final String ATTRIBUTE = ReaderZones.class.getName() + ".zone";

	private final UserDirectory users;

	ReaderZones(UserDirectory users) {
		this.users = users;
	}

	/** The reader's zone, looked up once per request. */
	public ZoneId of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = chosen(request).or(() -> browsers(request)).orElse(UTC);
		request.setAttribute(ATTRIBUTE, zone);
		return zone;
	}

	/** The browser's zone, if it told one the product knows ({@link Values#zone}). */
	public Optional<ZoneId> browsers(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()))
			.findFirst()
			.map(c -> Values.zone(decoded(c.getValue())));
	}

	private Optional<ZoneId> chosen(HttpServletRequest request) {
		Principal user = request.getUserPrincipal();
		if (user == null) {
			return Optional.empty();
		}
		try {
			return this.users.timeZoneOf(user.getName());
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.causedBy(ex)) {
				// the page is answered as an outage anyway; its times need not fail it
				// twice
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static String decoded(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
