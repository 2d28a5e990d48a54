package com.crmtracker.web.edges;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ordinary refusals answered as refusals, never as 500: a page form without a valid CSRF
 * token (on the running server, with a real session), signing out without a token, and
 * the framework's refusals (method, content type, Accept, unknown address) as problem
 * details under /api and as error pages elsewhere.
 */
@WebAppTest
class RefusalsTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aFormWithoutOrWithAStaleCsrfTokenAnswersThe403PageAndLogoutAlwaysEndsTheSession() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> login = client.send(
				form("/login", "username=director&password=demo&_csrf=" + encode(token(loginPage))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(client.send(request("/projects").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);

		String project = "name=Stale+token&organisation=Acme&currency=CNY&startDate=2027-01-01&plannedGoLive=2027-12-31";
		for (String body : new String[] { project, project + "&_csrf=stale-token-from-an-old-session" }) {
			HttpResponse<String> refused = client.send(form("/projects/new", body),
					HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("Not allowed").doesNotContain("Something went wrong");
		}
		// still signed in: the refusal did not end the session
		assertThat(client.send(request("/projects").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);

		HttpResponse<String> logout = client.send(form("/logout", ""), HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		HttpResponse<String> after = client.send(request("/projects").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theApiAnswersAWrongMethodWith405InOurWords() throws Exception {
		this.mvc.perform(delete("/api/v1/projects").with(httpBasic("director", "demo")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(jsonPath("$.detail").value(containsString("does not answer DELETE")));
	}

	@Test
	void theApiAnswersAnUnreadableContentTypeOnImportWith415() throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/1/cost-lines/import").with(httpBasic("finance", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"lines\": []}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.detail").value(containsString("does not read application/json")))
			.andExpect(jsonPath("$.detail").value(containsString("text/csv")));
	}

	@Test
	void theApiAnswersAnAcceptItCannotMeetWith406() throws Exception {
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("director", "demo")).accept(MediaType.IMAGE_PNG))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(406))
			.andExpect(jsonPath("$.detail").value(containsString("Accept header")));
	}

	@Test
	void anUnknownApiAddressAnswers404AsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("director", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no such address in the API"));
		this.mvc.perform(get("/api/no-version").with(httpBasic("director", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void pagesAnswerTheMatchingErrorPage() throws Exception {
		this.mvc.perform(put("/projects").with(user("director").roles("DIRECTOR")).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("This page cannot be used that way.")))
			.andExpect(content().string(not(containsString("Exception"))));
		this.mvc.perform(get("/no-such-page").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("There is nothing here, or you may not see it.")));
	}

	@Test
	void pagesAndTheApiSendAContentSecurityPolicyWithoutInlineScriptsAndASameOriginReferrer() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] { get("/login"),
				get("/projects").with(user("director").roles("DIRECTOR")),
				get("/api/v1/projects").with(httpBasic("director", "demo")) }) {
			this.mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
				.andExpect(header().string("Referrer-Policy", "same-origin"));
		}
		// the pages carry no inline script that such a policy would block
		this.mvc.perform(get("/projects").with(user("director").roles("DIRECTOR")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("onclick="))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest form(String path, String body) {
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String token(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			matcher = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(page);
			assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void redirectsNeverEchoTheHostHeader() throws Exception {
		// a redirect built from a forged Host header would send the user elsewhere
		for (String path : new String[] { "/projects", "/", "/projects/1/costs" }) {
			String answer = rawGet(path, "evil.example");
			assertThat(answer).startsWith("HTTP/1.1 302");
			String location = answer.lines()
				.filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
				.findFirst()
				.orElseThrow();
			assertThat(location).doesNotContain("evil.example").endsWith("/login");
		}
	}

	/** A GET written by hand: HttpClient does not let a caller set the Host header. */
	private String rawGet(String path, String host) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
