package com.crmtracker.web.support;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is out of reach every page and API call answers 503 with
 * {@code Retry-After}, within the pool's connection timeout (about 5 s), and never as a
 * refusal of the caller: not 401 when the sign-in could not look the user up, not 500.
 * The pool reconnects by itself when the database is back.
 * <p>
 * Controllers' failures are answered by {@link PageProblems} and {@link ApiProblems};
 * this filter, the first of all, answers what fails before or after them: loading or
 * saving the session, and the sign-in's look-up of the user (which Spring Security
 * reports as an authentication failure, and our handlers pass on).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/** Seconds a client should wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "5";

	static final String DETAIL = "The database cannot be reached at the moment; please try again in a few seconds";

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service unavailable\","
			+ "\"status\":503,\"detail\":\"" + DETAIL + "\"}";

	private final StandalonePages pages;

	DatabaseOutage(StandalonePages pages) {
		this.pages = pages;
	}

	/** Whether a failure comes from a database that cannot be reached. */
	public static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof JDBCConnectionException
					|| t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// 08: connection exception; 57P01..57P03: the server shuts down or starts
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// what the pool answers on a connection it closed as broken, e.g. when the
			// rollback after a lost connection replaces the first failure
			if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
				return true;
			}
			if (t.getCause() == t) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The page to try again: the address of a GET when it is a path of ours (never
	 * another host), else none.
	 */
	public static Optional<String> again(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String page = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		boolean ours = page.startsWith("/") && !page.startsWith("//") && !page.contains("\\")
				&& page.chars().noneMatch(c -> c < 0x20);
		return ours ? Optional.of(page) : Optional.empty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!causedBy(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				log.warn("The database became unreachable after the answer to {} had begun", request.getRequestURI());
				return;
			}
			log.warn("The database is unreachable: {} answered 503 ({})", request.getRequestURI(), ex.toString());
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			if (ApiProblems.isApi(request)) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(PROBLEM);
			}
			else {
				this.pages.render("error/503",
						again(request).<Map<String, Object>>map(page -> Map.of("again", page)).orElse(Map.of()),
						request, response);
			}
		}
	}

}
