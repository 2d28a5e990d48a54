package com.crmtracker.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field of an API body: it holds amounts written as JSON strings of a plain decimal
 * ({@code "1234.50"}), alone or in a list or map of them. {@link ApiDescription} gives
 * every such string the decimal pattern in the OpenAPI description.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AmountText {

	/**
	 * A plain decimal: an optional minus, digits, at most one point with digits after it.
	 */
	String PATTERN = "^-?\\d+(\\.\\d+)?$";

}
