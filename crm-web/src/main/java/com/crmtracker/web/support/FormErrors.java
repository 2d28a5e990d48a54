package com.crmtracker.web.support;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The error summary at the top of a refused form
 * ({@code fragments/field :: globalErrors}): every error of the submit, the form's own
 * first, then one line per field in the order of the command record's fields (the order
 * of the form), each linking to its field; and which field gets the focus. Field labels
 * come from {@code form.field.<name>}.
 */
@Component("formErrors")
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** One line of the summary; {@code field} is null for an error of the whole form. */
	public record Line(String field, String label, String message) {

		/** The id Thymeleaf's {@code th:field} gives the field's input. */
		public String anchor() {
			return this.field == null ? null : this.field.replaceAll("[\\[\\].]", "");
		}

	}

	/**
	 * The summary's lines for the errors of one form ({@code #fields.detailedErrors()}).
	 */
	public List<Line> of(List<DetailedError> errors) {
		List<String> order = fieldOrder(errors);
		Map<String, Line> lines = new LinkedHashMap<>();
		List<Line> global = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (DetailedError error : errors) {
			if (error.isGlobal()) {
				global.add(new Line(null, null, error.getMessage()));
			}
			else {
				lines.putIfAbsent(error.getFieldName(),
						new Line(
								error.getFieldName(), this.messages
									.getMessage("form.field." + root(error.getFieldName()), null, null, locale),
								error.getMessage()));
			}
		}
		List<Line> fields = new ArrayList<>(lines.values());
		fields.sort(Comparator.comparingInt(l -> position(order, l.field())));
		global.addAll(fields);
		return global;
	}

	/** The field that gets the focus: the first field in error, in the form's order. */
	public String first(List<DetailedError> errors) {
		return of(errors).stream().map(Line::field).filter(f -> f != null).findFirst().orElse(null);
	}

	private static int position(List<String> order, String field) {
		int at = order.indexOf(root(field));
		return at < 0 ? order.size() : at;
	}

	private static String root(String field) {
		int cut = field.length();
		for (char c : new char[] { '[', '.' }) {
			int at = field.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return field.substring(0, cut);
	}

	/**
	 * The field names of the command whose binding result holds these errors, in the
	 * order the record declares them.
	 */
	private static List<String> fieldOrder(List<DetailedError> errors) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || errors.isEmpty()) {
			return List.of();
		}
		for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
			if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& request.getAttribute(name, RequestAttributes.SCOPE_REQUEST) instanceof BindingResult result
					&& result.getErrorCount() == errors.size() && result.getTarget() != null
					&& result.getTarget().getClass().isRecord()) {
				List<String> order = new ArrayList<>();
				for (RecordComponent component : result.getTarget().getClass().getRecordComponents()) {
					order.add(component.getName());
				}
				return order;
			}
		}
		return List.of();
	}

}
