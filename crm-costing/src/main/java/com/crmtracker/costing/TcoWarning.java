package com.crmtracker.costing;

import java.util.List;

/**
 * Something in the budget the steering committee should look at. {@code code} names it
 * (e.g. {@code SPLIT_OUTSIDE_BENCHMARK}, {@code NO_PLANNED_TRAINING}); {@code arguments}
 * fill the page's localised text; {@code message} is the English text for the API.
 */
public record TcoWarning(String code, String message, List<Object> arguments) {

	public TcoWarning {
		arguments = List.copyOf(arguments);
	}

}
