package com.crmtracker.web.support;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.StaleVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals of every page, mapped once: 404 for what the user may not see, 403, 409
 * when someone else changed the thing or it clashes with its state, 422 for input refused
 * outside a form (a button's hidden fields), 400, 405, 406, 415, and 500 without a stack
 * trace; 503 while the database is out of reach ({@link DatabaseOutage}). Refusals of the
 * framework under {@code /api/...} that no API controller saw (an unknown address, a
 * method or a content type no endpoint takes) are answered as the API's problem details.
 * Forms put their own refusals onto the form through {@link Forms}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	private final DataSize importLimit;

	PageProblems(@Value("${crm.import.max-size:64MB}") DataSize importLimit) {
		this.importLimit = importLimit;
	}

	/**
	 * An upload above the limit (the multipart limit, or a CSV body counted by the
	 * import): 413 with the limit, as the API's problem under /api, else as a page.
	 */
	@ExceptionHandler({ MaxUploadSizeExceededException.class, UploadTooLarge.class })
	Object tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		long megabytes = this.importLimit.toMegabytes();
		if (ApiProblems.isApi(request)) {
			return ApiProblems.tooLarge(megabytes);
		}
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		model.addAttribute("limit", megabytes);
		model.addAttribute("back", back(request));
		return "error/413";
	}

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(404);
		return "error/404";
	}

	/** An address nobody answers: the API's 404 problem under /api, else the 404 page. */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchAddress(HttpServletRequest request, HttpServletResponse response) {
		if (ApiProblems.isApi(request)) {
			return ApiProblems.noSuchAddress();
		}
		response.setStatus(404);
		return "error/404";
	}

	/**
	 * A method, content type or Accept header nobody answers: the API's problem under
	 * /api, else the error page of its status.
	 */
	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class })
	Object frameworkRefusal(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ApiProblems.isApi(request)) {
			if (ex instanceof HttpRequestMethodNotSupportedException method) {
				return ApiProblems.methodNotAllowed(method);
			}
			if (ex instanceof HttpMediaTypeNotSupportedException type) {
				return ApiProblems.unsupportedMediaType(type);
			}
			return ApiProblems.notAcceptableProblem((HttpMediaTypeNotAcceptableException) ex);
		}
		return page(response, HttpStatus.valueOf(((ErrorResponse) ex).getStatusCode().value()));
	}

	/** An error page as HTML whatever the Accept header asked for. */
	private static ModelAndView page(HttpServletResponse response, HttpStatus status) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error/" + status.value());
		page.setStatus(status);
		return page;
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	String forbidden(HttpServletResponse response) {
		response.setStatus(403);
		return "error/403";
	}

	@ExceptionHandler({ StaleVersion.class, ObjectOptimisticLockingFailureException.class })
	String stale(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(409);
		model.addAttribute("back", back(request));
		return "error/409";
	}

	@ExceptionHandler(Conflict.class)
	String conflict(Conflict clash, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(409);
		model.addAttribute("problem", clash.code());
		model.addAttribute("problemText", clash.getMessage());
		model.addAttribute("back", back(request));
		return "error/409";
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(422);
		model.addAttribute("errors", refusal.errors());
		model.addAttribute("back", back(request));
		return "error/422";
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String badRequest(HttpServletResponse response) {
		response.setStatus(400);
		return "error/400";
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("The database is unreachable: a page answered 503 ({})", ex.toString());
			response.setStatus(503);
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
			DatabaseOutage.again(request).ifPresent(page -> model.addAttribute("again", page));
			return "error/503";
		}
		log.error("Unexpected failure of a page", ex);
		response.setStatus(500);
		return "error/500";
	}

	/**
	 * Where "back" leads: the page the form was on, when it is one of ours (a path of
	 * this application), else the home page.
	 */
	static String back(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		// a POST to /projects/7/costs/12/delete leads back to the ledger
		// /projects/7/costs
		String[] parts = path.split("/");
		if (parts.length >= 4 && "projects".equals(parts[1]) && parts[2].matches("\\d{1,18}")) {
			return "/projects/" + parts[2] + "/" + parts[3];
		}
		if (parts.length >= 3 && "projects".equals(parts[1]) && parts[2].matches("\\d{1,18}")) {
			return "/projects/" + parts[2];
		}
		return "/";
	}

}
