package com.crmtracker.web.support;

import com.crmtracker.domain.InvalidInput;

import org.springframework.validation.BindingResult;

/**
 * Puts a domain refusal onto a form, field by field, so the form comes back with
 * messages.
 */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult result, InvalidInput refusal) {
		for (InvalidInput.FieldError error : refusal.errors()) {
			if (isField(result, error.field())) {
				result.rejectValue(error.field(), error.code(), error.message());
			}
			else {
				result.reject(error.code(), error.message());
			}
		}
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
