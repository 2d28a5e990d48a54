package com.crmtracker.web.support;

import org.springframework.stereotype.Controller;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Page forms are validated by the Bean Validation validator itself. When a field of a
 * command record is no value of its type, Spring still makes the record and validates
 * each of the other fields on its own ({@code validateValue}); Spring Boot's adapter
 * around the validator cannot validate a single value, and those fields' errors would be
 * missing until the user had corrected the first one. See {@link Forms#bind}.
 */
@ControllerAdvice(annotations = Controller.class)
class EveryFieldValidated {

	private final SmartValidator validator;

	EveryFieldValidated(jakarta.validation.Validator validator) {
		this.validator = validator instanceof SmartValidator smart ? smart : new SpringValidatorAdapter(validator);
	}

	@InitBinder
	void validateEveryField(WebDataBinder binder) {
		binder.replaceValidators(this.validator);
	}

}
