package com.crmtracker.web.support;

import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Real 403, 404 and 500 pages for people; never a stack trace. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	@ExceptionHandler({ NotFound.class, NoResourceFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(404);
		return "error/404";
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	String forbidden(HttpServletResponse response) {
		response.setStatus(403);
		return "error/403";
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String badRequest(HttpServletResponse response) {
		response.setStatus(400);
		return "error/400";
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletResponse response) {
		log.error("Unexpected failure of a page", ex);
		response.setStatus(500);
		return "error/500";
	}

}
