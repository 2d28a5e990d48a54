package com.crmtracker.web.support;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotent creation for every POST of the API, in one place: a POST that carries an
 * {@code Idempotency-Key} header runs once per user and key within 24 hours. The same key
 * with the same request (method, address, content type and body) answers the first answer
 * again, marked {@code Idempotency-Replayed: true}, and stores nothing new; the same key
 * with another request is refused with 422; a second request while the first is still
 * running gets 409. Only a successful answer is kept: a refused request stored nothing
 * and may be sent again with its key. Runs after security, as the signed-in user.
 */
@Component
public class IdempotentPosts extends OncePerRequestFilter {

	/** The request header naming the key. */
	public static final String HEADER = "Idempotency-Key";

	/** The header marking an answer given again. */
	public static final String REPLAYED = "Idempotency-Replayed";

	private static final int KEY_MAX = 200;

	private final IdempotencyRecords records;

	private final JsonMapper json = JsonMapper.builder().build();

	IdempotentPosts(IdempotencyRecords records) {
		this.records = records;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null || !ApiProblems.isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > KEY_MAX || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input",
					"The Idempotency-Key must be 1 to " + KEY_MAX + " visible ASCII characters");
			return;
		}
		HttpServletRequest read = request;
		MessageDigest digest = sha256();
		digest.update((request.getRequestURI() + "?" + nullToEmpty(request.getQueryString()) + "\n")
			.getBytes(StandardCharsets.UTF_8));
		MediaType type = contentType(request);
		if (type != null) {
			digest.update(type.getType().getBytes(StandardCharsets.UTF_8));
			digest.update(type.getSubtype().getBytes(StandardCharsets.UTF_8));
		}
		if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
			// the container parses the parts once and keeps them for the controller
			for (Part part : request.getParts()) {
				digest.update(
						(part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
				try (InputStream in = part.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
		}
		else {
			byte[] body = request.getInputStream().readAllBytes();
			digest.update(body);
			read = new ReadAgain(request, body);
		}
		String hash = HexFormat.of().formatHex(digest.digest());
		String username = user.getName();
		Optional<IdempotencyRecords.Answer> earlier = this.records.claim(username, key, hash);
		if (earlier.isPresent()) {
			IdempotencyRecords.Answer answer = earlier.get();
			if (!answer.requestHash().equals(hash)) {
				problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
						"This Idempotency-Key was sent with another request in the last 24 hours; "
								+ "use a new key for a new request");
			}
			else if (answer.pending()) {
				problem(response, HttpStatus.CONFLICT, "Request in progress",
						"A request with this Idempotency-Key is still being answered; send it again later");
			}
			else {
				replay(response, answer);
			}
			return;
		}
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(read, caching);
			int status = caching.getStatus();
			if (status >= 200 && status < 300) {
				this.records.answered(username, key, status, caching.getContentType(),
						caching.getHeader(HttpHeaders.LOCATION), caching.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.records.release(username, key);
			}
			caching.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, IdempotencyRecords.Answer answer) throws IOException {
		response.setStatus(answer.status());
		response.setHeader(REPLAYED, "true");
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.body() != null && answer.body().length > 0) {
			response.setContentLength(answer.body().length);
			response.getOutputStream().write(answer.body());
		}
	}

	private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	/** The request with its body read once, readable again by the controller. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
