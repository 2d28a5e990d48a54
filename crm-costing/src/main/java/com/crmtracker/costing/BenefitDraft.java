package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.costing.rules.CostLineRules;
import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.domain.FieldReader;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.Values;

/**
 * A benefit line: {@code amount} of a {@code type} in TCO year {@code year}, planned or
 * actual. {@link #check} holds its rules, however it arrives.
 */
public record BenefitDraft(Integer year, CostKind kind, BenefitType type, BigDecimal amount, String description) {

	/** Every rule the line breaks. */
	public List<FieldError> check() {
		FieldReader rules = new FieldReader("benefit", null);
		if (this.year == null || this.year < 1 || this.year > TcoYears.HORIZON) {
			rules.reject("year", "invalid", "must be a TCO year from 1 to 5");
		}
		if (this.kind == null) {
			rules.reject("kind", "invalid", "must be PLANNED or ACTUAL");
		}
		if (this.type == null) {
			rules.reject("type", "invalid", "must be REVENUE_UPLIFT, COST_SAVING or OTHER");
		}
		if (this.amount == null || this.amount.signum() < 0 || this.amount.stripTrailingZeros().scale() > 2
				|| this.amount.precision() - this.amount.scale() > CostLineRules.AMOUNT_INTEGER_DIGITS) {
			rules.reject("amount", "invalid",
					"must be a plain decimal of at least 0 with at most two decimal places, e.g. 1234.50");
		}
		String text = Values.text(this.description);
		if (text == null || text.length() > CostLineRules.TEXT_MAX) {
			rules.reject("description", "required", "must not be empty (at most 500 characters)");
		}
		return rules.errors();
	}

	/** The line as stored; throws {@link InvalidInput} naming every broken rule. */
	BenefitDraft require() {
		List<FieldError> errors = check();
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new BenefitDraft(this.year, this.kind, this.type, this.amount.setScale(2),
				Values.text(this.description));
	}

}
