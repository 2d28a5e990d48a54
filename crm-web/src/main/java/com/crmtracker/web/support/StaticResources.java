package com.crmtracker.web.support;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our style sheets, scripts and icons need no user and no session, so their requests do
 * not look for one: the dispatcher asks for the session of every request (its flash
 * attributes), which with sessions in the database cost a query for each style sheet and,
 * while the database is away, answered the 503 page's own style sheets with 503. Stands
 * right after Spring Session's filter and hides an existing session from these requests;
 * the security configuration lets the same addresses through ({@link #PATTERNS}).
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
public class StaticResources extends OncePerRequestFilter {

	private static final List<String> FOLDERS = List.of("/webjars/", "/css/", "/js/");

	private static final List<String> FILES = List.of("/favicon.ico", "/favicon.svg");

	/** The addresses as request patterns. */
	public static final String[] PATTERNS = Stream.concat(FOLDERS.stream().map(folder -> folder + "**"), FILES.stream())
		.toArray(String[]::new);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return FOLDERS.stream().noneMatch(path::startsWith) && !FILES.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public HttpSession getSession(boolean create) {
				return create ? super.getSession(true) : null;
			}

			@Override
			public boolean isRequestedSessionIdValid() {
				return false;
			}

		}, response);
	}

}
