package com.crmtracker.web.costing;

import java.util.List;

import com.crmtracker.domain.InvalidInput.FieldError;

import org.springframework.validation.BindingResult;

/** What the costing forms add to {@link com.crmtracker.web.support.Forms}. */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * When the form already has errors (a value that is not of its type, a missing one),
	 * the facade is not called: the domain's rules are still shown with them, on the
	 * fields that have no error yet, so that a submit names every bad field at once.
	 */
	static void rejectRest(BindingResult result, List<FieldError> rules) {
		for (FieldError error : rules) {
			if (fieldOf(result, error.field()) && !result.hasFieldErrors(error.field())) {
				result.rejectValue(error.field(), error.code(), error.message());
			}
		}
	}

	private static boolean fieldOf(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
