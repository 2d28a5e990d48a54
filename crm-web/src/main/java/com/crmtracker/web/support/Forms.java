package com.crmtracker.web.support;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.StaleVersion;

import org.springframework.ui.Model;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a page submits a form to a facade. The controller binds a command record
 * with {@code @Valid} and a {@link BindingResult}, takes it {@link #bind whole} and
 * {@link Bound#save saves} it: bean-validation errors stop the change before the facade
 * is called, and a domain refusal comes back onto the form, every field at once
 * ({@link InvalidInput} field by field, a {@link Conflict} as a form error). A stale
 * version is answered as {@link Outcome#STALE}, so that the page can show the conflict
 * view. Whatever else is refused is left to {@link PageProblems}.
 *
 * <pre>
 * Forms.Bound&lt;CostLineCommand&gt; bound = Forms.bind(form, result, model)
 * 	.rules(f -&gt; this.ledger.check(project, f.draft()));
 * if (bound.save(f -&gt; this.ledger.create(project, f.draft())).saved()) { ... }
 * </pre>
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
	 * The command and its binding result, whole. Spring binds a record through its
	 * constructor; when a field's text is no value of its type (a typeMismatch), it still
	 * makes the record, with that field empty, and validates the fields that did bind
	 * ({@link EveryFieldValidated} sees to that), but the binding result it hands over
	 * has no target: it can neither take more errors ({@code rejectValue} fails) nor show
	 * the form again. Then a binding result on the record, with every error so far, goes
	 * into the model in place of the old one; the fields in error keep the text the user
	 * typed.
	 * @param form the command as Spring bound it; its constructor must accept empty
	 * fields
	 * @param result the binding result that follows the command in the handler
	 * @param model the model of the request, which re-renders the form
	 */
	public static <T> Bound<T> bind(T form, BindingResult result, Model model) {
		if (form == null) {
			throw new IllegalStateException("The command " + result.getObjectName()
					+ " could not be made from the request: its constructor must accept empty fields");
		}
		if (result.getTarget() != null) {
			return new Bound<>(form, result, Map.of());
		}
		BeanPropertyBindingResult whole = new BeanPropertyBindingResult(form, result.getObjectName());
		if (result instanceof AbstractBindingResult bound) {
			whole.setMessageCodesResolver(bound.getMessageCodesResolver());
		}
		whole.addAllErrors(result);
		// the command first: putting it drops the binding result held for its name
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), whole);
		return new Bound<>(form, whole, Map.of());
	}

	/**
	 * A command bound whole with its binding result, ready to be checked by the module's
	 * rules and saved.
	 */
	public static final class Bound<T> {

		private final T form;

		private final BindingResult result;

		private final Map<String, String> fields;

		private Bound(T form, BindingResult result, Map<String, String> fields) {
			this.form = form;
			this.result = result;
			this.fields = fields;
		}

		/** The command; a field whose text was no value of its type is empty. */
		public T form() {
			return this.form;
		}

		public BindingResult result() {
			return this.result;
		}

		public boolean hasErrors() {
			return this.result.hasErrors();
		}

		/**
		 * The same form, with the module's field names (in its rules and refusals) turned
		 * into the form's: {@code FINANCIAL} to {@code financial}.
		 */
		public Bound<T> renaming(Map<String, String> moduleToForm) {
			return new Bound<>(this.form, this.result, Map.copyOf(moduleToForm));
		}

		/**
		 * When the form already has errors of its own (a text that is no value, a missing
		 * field), adds what the module's rules refuse on the fields that have no error
		 * yet, so that a submit names every bad field at once. Without errors, the rules
		 * are not run here: the facade runs them on {@link #save}.
		 */
		public Bound<T> rules(Function<? super T, List<InvalidInput.FieldError>> rules) {
			if (!this.result.hasErrors()) {
				return this;
			}
			List<InvalidInput.FieldError> others = renamed(rules.apply(this.form)).stream()
				.filter(e -> e.field() == null || !this.result.hasFieldErrors(e.field()))
				.filter(e -> e.field() != null
						|| this.result.getGlobalErrors().stream().noneMatch(g -> e.code().equals(g.getCode())))
				.toList();
			if (!others.isEmpty()) {
				reject(this.result, new InvalidInput(others));
			}
			return this;
		}

		/** Runs the change unless the form has errors; puts any refusal onto the form. */
		public Outcome save(Consumer<? super T> change) {
			return Forms.save(this.result, () -> {
				try {
					change.accept(this.form);
				}
				catch (InvalidInput refusal) {
					throw this.fields.isEmpty() ? refusal : new InvalidInput(renamed(refusal.errors()));
				}
			});
		}

		private List<InvalidInput.FieldError> renamed(List<InvalidInput.FieldError> errors) {
			if (this.fields.isEmpty()) {
				return errors;
			}
			return errors.stream()
				.map(e -> new InvalidInput.FieldError(this.fields.getOrDefault(e.field(), e.field()), e.code(),
						e.message(), e.row()))
				.toList();
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
			if (error.field() != null && isField(result, error.field())) {
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
