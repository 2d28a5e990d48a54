package com.crmtracker.web.scorecard;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.Values;
import com.crmtracker.web.support.Forms;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the scorecard's forms add to {@link Forms}: a command whole again after a text
 * that was no value of its type, the module's rules on a form that already has errors of
 * its own, and the module's field names turned into the form's.
 */
final class ScorecardForms {

	private ScorecardForms() {
	}

	/** A bound command with its binding result. */
	record Bound<T>(T form, BindingResult result) {

	}

	/**
	 * The command and its binding result, whole. A record is bound through its
	 * constructor, so a text that is no value of its type (a typeMismatch) leaves no
	 * command at all, and a binding result without a target can neither take more errors
	 * nor show the form again. Then the command is made again from the request: the
	 * fields in error empty (their errors keep the text entered), the others read by
	 * {@link Values} as the binder read them; the model gets it with all the errors.
	 */
	static <T extends Record> Bound<T> bound(Class<T> type, T form, BindingResult result, HttpServletRequest request,
			Model model) {
		if (form != null && result.getTarget() != null) {
			return new Bound<>(form, result);
		}
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = components[i].getName();
			values[i] = result.hasFieldErrors(name) ? null : value(components[i].getType(), request.getParameter(name));
		}
		T rebuilt = BeanUtils.instantiateClass(BeanUtils.getResolvableConstructor(type), values);
		BeanPropertyBindingResult whole = new BeanPropertyBindingResult(rebuilt, result.getObjectName());
		whole.addAllErrors(result);
		// the command first: putting it drops the old binding result
		model.addAttribute(result.getObjectName(), rebuilt);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), whole);
		return new Bound<>(rebuilt, whole);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object value(Class<?> type, String text) {
		if (text == null) {
			return null;
		}
		if (type == String.class) {
			return text;
		}
		if (type == BigDecimal.class) {
			return Values.decimal(text);
		}
		if (type == LocalDate.class) {
			return Values.date(text);
		}
		if (type == Integer.class) {
			return Values.integer(text);
		}
		if (type == Long.class) {
			return Values.blank(text) || !text.strip().matches("-?\\d{1,18}") ? null : Long.valueOf(text.strip());
		}
		if (type.isEnum()) {
			return Values.code((Class) type, text);
		}
		return null;
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
