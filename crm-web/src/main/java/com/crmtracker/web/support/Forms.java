package com.crmtracker.web.support;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.StaleVersion;

import org.springframework.validation.BindingResult;

/**
 * The one way a page submits a form to a facade. The controller binds a command with
 * {@code @Valid} and a {@link BindingResult}, then calls {@link #save}: bean-validation
 * errors stop it before the facade is called, and a domain refusal comes back onto the
 * form, every field at once ({@link InvalidInput} field by field, a {@link Conflict} as a
 * form error). A stale version is answered as {@link Outcome#STALE}, so that the page can
 * show the conflict view. Whatever else is refused is left to {@link PageProblems}.
 */
public final class Forms {

	private Forms() {
	}

	/** How a submit ended. */
	public enum Outcome {

		SAVED, REFUSED, STALE;

		public boolean saved() {
			return this == SAVED;
		}

	}

	/**
	 * Runs the change unless the form already has errors; puts any refusal onto the form.
	 */
	public static Outcome save(BindingResult result, Runnable change) {
		if (result.hasErrors()) {
			return Outcome.REFUSED;
		}
		try {
			change.run();
			return Outcome.SAVED;
		}
		catch (InvalidInput refusal) {
			reject(result, refusal);
			return Outcome.REFUSED;
		}
		catch (Conflict clash) {
			result.reject(clash.code(), clash.getMessage());
			return Outcome.REFUSED;
		}
		catch (StaleVersion stale) {
			result.reject("conflict.stale");
			return Outcome.STALE;
		}
	}

	/** Puts a domain refusal onto a form, field by field. */
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
