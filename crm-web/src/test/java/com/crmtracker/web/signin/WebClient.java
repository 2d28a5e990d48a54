package com.crmtracker.web.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as cookies go: a real HTTP client with a cookie jar against the
 * running server, so sessions, CSRF cookies and redirects are the real ones.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	WebClient(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> get(String path, String language) {
		return send(request(path).header("Accept-Language", language).GET().build());
	}

	/** Posts a form as a browser does from the page {@code fromPage}. */
	HttpResponse<String> post(String path, String body, String fromPage) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (fromPage != null) {
			request.header("Referer", url(fromPage));
		}
		return send(request.build());
	}

	/** Signs in through the login page; answers the login's redirect. */
	HttpResponse<String> logIn(String username, String password) {
		String token = csrfTokenOf(get("/login").body());
		return post("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token), "/login");
	}

	HttpClient http() {
		return this.client;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path)));
	}

	Optional<HttpCookie> cookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
	}

	/** The id of the session the client's cookie names (Spring Session encodes it). */
	Optional<String> sessionId() {
		return cookie("SESSION")
			.map(c -> new String(Base64.getDecoder().decode(c.getValue()), StandardCharsets.US_ASCII));
	}

	/** The id of the session a response's cookie names. */
	static Optional<String> sessionIdSetBy(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.filter(value -> !value.isEmpty())
			.map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII))
			.findFirst();
	}

	void setSessionCookie(String sessionId) {
		HttpCookie cookie = new HttpCookie("SESSION",
				Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.US_ASCII)));
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(url("/")), cookie);
	}

	static String csrfTokenOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
