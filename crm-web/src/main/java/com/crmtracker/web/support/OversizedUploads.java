package com.crmtracker.web.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart upload whose length is above the import limit never has its body parsed:
 * its parameters are those of its address only (where the import form puts its CSRF
 * token), and its parts are refused as too large, which {@link PageProblems} answers with
 * 413. Without this, the CSRF check would parse the body first and fail on its size with
 * an error of the server's own. Runs before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class OversizedUploads extends OncePerRequestFilter {

	private final DataSize limit;

	OversizedUploads(@Value("${crm.import.max-size:64MB}") DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (multipart && request.getContentLengthLong() > this.limit.toBytes()) {
			chain.doFilter(new AddressParametersOnly(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request with the parameters of its query string and no readable parts. */
	private static final class AddressParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		AddressParametersOnly(HttpServletRequest request) {
			super(request);
			Map<String, List<String>> found = new LinkedHashMap<>();
			String query = request.getQueryString();
			if (query != null) {
				for (String pair : query.split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					String[] parts = pair.split("=", 2);
					found.computeIfAbsent(decode(parts[0]), k -> new ArrayList<>())
						.add(parts.length > 1 ? decode(parts[1]) : "");
				}
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			found.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Collection<Part> getParts() {
			// Spring's multipart resolver reads "exceeds ... size" as
			// MaxUploadSizeExceeded
			throw new IllegalStateException("the upload exceeds the maximum size of an import");
		}

		@Override
		public Part getPart(String name) {
			return getParts().stream().findFirst().orElse(null);
		}

	}

}
