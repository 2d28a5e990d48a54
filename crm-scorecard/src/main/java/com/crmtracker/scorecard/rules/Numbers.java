package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.domain.InvalidInput.FieldError;

/** Checks that a number fits its column, naming the field when it does not. */
final class Numbers {

	private Numbers() {
	}

	/** Adds an error when the number has more than 15 + {@code decimals} digits. */
	static void fits(String field, BigDecimal number, int decimals, List<FieldError> errors) {
		if (number == null) {
			return;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		if (Math.max(stripped.scale(), 0) > decimals || number.abs().compareTo(new BigDecimal("1E15")) >= 0) {
			errors.add(new FieldError(field, "scorecard.number.tooPrecise",
					"must have at most 15 digits before and " + decimals + " after the decimal point", null));
		}
	}

}
