package com.crmtracker.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.StaleVersion;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the domain's named refusals into RFC 9457 problem details for the JSON API, the
 * same way for every endpoint: 404 for what the caller may not see, 403, 409 for stale
 * versions and clashes, 422 with every bad field, 400 for unreadable JSON, 405, 406 and
 * 415 in our own words. Never a stack trace. A refusal that happens before any controller
 * is chosen (an unknown address, a method or a content type no endpoint takes) reaches
 * {@link PageProblems}, which answers it with these same problem details for
 * {@code /api/...} addresses.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	@ExceptionHandler(StaleVersion.class)
	ResponseEntity<ProblemDetail> stale(StaleVersion ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "Stale version", ex.getMessage());
		answer.getBody().setProperty("currentVersion", ex.currentVersion());
		return answer;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Stale version", "Someone else changed this at the same time");
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
		answer.getBody().setProperty("code", ex.code());
		return answer;
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (InvalidInput.FieldError error : ex.errors()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			if (error.row() != null) {
				entry.put("row", error.row());
			}
			entry.put("field", error.field());
			entry.put("message", error.message());
			errors.add(entry);
		}
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input",
				errors.size() + " field(s) are invalid");
		answer.getBody().setProperty("errors", errors);
		return answer;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<InvalidInput.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new InvalidInput.FieldError(e.getField(), e.getCode(), e.getDefaultMessage(), null))
			.toList();
		return invalid(new InvalidInput(errors));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
				"The request could not be read: check the JSON and the parameters");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return unsupportedMediaType(ex);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return notAcceptableProblem(ex);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return methodNotAllowed(ex);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ProblemDetail> noResource(Exception ex) {
		return noSuchAddress();
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("The database is unreachable: an API call answered 503 ({})", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", DatabaseOutage.DETAIL).getBody());
		}
		log.error("Unexpected failure of an API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing was changed");
	}

	/** 405 in our words, with the methods the address does accept. */
	static ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		String[] supported = ex.getSupportedMethods();
		String accepted = (supported == null || supported.length == 0) ? "" : String.join(", ", supported);
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"This address does not answer " + ex.getMethod()
						+ (accepted.isEmpty() ? "" : "; it answers " + accepted));
		if (!accepted.isEmpty()) {
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, accepted)
				.body(answer.getBody());
		}
		return answer;
	}

	/** 415 in our words, with the content types the address does read. */
	static ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		String sent = ex.getContentType() == null ? "no content type" : ex.getContentType().toString();
		String accepted = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"This address does not read " + sent + (accepted.isEmpty() ? "" : "; send one of " + accepted));
	}

	/** 406 in our words, with the types the address can answer in. */
	static ResponseEntity<ProblemDetail> notAcceptableProblem(HttpMediaTypeNotAcceptableException ex) {
		String offered = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
					"This address cannot answer in the type the Accept header asks for"
							+ (offered.isEmpty() ? "" : "; it answers " + offered))
				.getBody());
	}

	/** 404 for an address the API does not have. */
	static ResponseEntity<ProblemDetail> noSuchAddress() {
		return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such address in the API");
	}

	/** Whether a request is one of the JSON API's (answered with problem details). */
	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		return path.equals("/api") || path.startsWith("/api/");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

}
