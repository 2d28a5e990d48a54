package com.crmtracker.web.scorecard;

import java.util.List;
import java.util.Map;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.web.support.Forms;

import org.springframework.validation.BindingResult;

/**
 * What the scorecard's forms add to {@link Forms}: the module's rules on a form that
 * already has errors of its own, and the module's field names turned into the form's.
 */
final class ScorecardForms {

	private ScorecardForms() {
	}

	/**
	 * When the form already has errors of its own (a text that is no number, a missing
	 * choice), adds what the module's rules refuse on its other fields, so that every
	 * error of the submit is shown at once; the facade is not called then.
	 */
	static void alsoCheck(BindingResult result, List<FieldError> ruleErrors) {
		alsoCheck(result, ruleErrors, Map.of());
	}

	static void alsoCheck(BindingResult result, List<FieldError> ruleErrors, Map<String, String> fields) {
		if (!result.hasErrors()) {
			return;
		}
		List<FieldError> others = renamed(ruleErrors, fields).stream()
			.filter(e -> !result.hasFieldErrors(e.field()))
			.toList();
		if (!others.isEmpty()) {
			Forms.reject(result, new InvalidInput(others));
		}
	}

	/** A change whose refusals name the form's fields instead of the module's. */
	static Runnable renaming(Map<String, String> fields, Runnable change) {
		return () -> {
			try {
				change.run();
			}
			catch (InvalidInput refusal) {
				throw new InvalidInput(renamed(refusal.errors(), fields));
			}
		};
	}

	private static List<FieldError> renamed(List<FieldError> errors, Map<String, String> fields) {
		return errors.stream()
			.map(e -> new FieldError(fields.getOrDefault(e.field(), e.field()), e.code(), e.message(), e.row()))
			.toList();
	}

}
