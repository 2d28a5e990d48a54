package com.crmtracker.domain;

import java.util.List;

/** Input that breaks a rule of the domain; names each field and why. */
public class InvalidInput extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public static InvalidInput of(String field, String code, String message) {
		return new InvalidInput(List.of(new FieldError(field, code, message, null)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * @param field the field, as the caller named it
	 * @param code a message key for pages, e.g. {@code phase.plannedEnd.beforeStart}
	 * @param message the English message for the API
	 * @param row the spreadsheet row for imports, or null
	 * @param value the offending value as a file held it (imports), or null
	 */
	public record FieldError(String field, String code, String message, Integer row, String value) {

		public FieldError(String field, String code, String message, Integer row) {
			this(field, code, message, row, null);
		}

		/** This error with the value that caused it. */
		public FieldError withValue(String value) {
			return new FieldError(this.field, this.code, this.message, this.row, value);
		}

	}

}
