package com.crmtracker.web.plan;

import java.lang.reflect.RecordComponent;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Every field error of a submit at once, also when a command record could not be made: a
 * field that is not a value of its type (a date such as 31.06.2026) stops the record's
 * construction, and with it the bean validation of the other fields. This checks those
 * fields' constraints on the values bound, so the form shows all its problems together.
 */
public final class BoundCommands {

	private BoundCommands() {
	}

	/** Adds the constraint errors of the fields bound, when the command is missing. */
	public static void checkTheRest(BindingResult result, Class<? extends Record> type, Validator validator) {
		if (result.getTarget() != null) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String field = component.getName();
			if (result.hasFieldErrors(field)) {
				continue;
			}
			Object value = result.getFieldValue(field);
			if (value != null && !ClassUtils.resolvePrimitiveIfNecessary(component.getType()).isInstance(value)) {
				continue;
			}
			for (ConstraintViolation<?> violation : validator.validateValue(type, field, value)) {
				String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
				result.addError(new FieldError(result.getObjectName(), field, value, false,
						result.resolveMessageCodes(code, field), null, violation.getMessage()));
			}
		}
	}

}
