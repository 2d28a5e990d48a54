package com.crmtracker.costing;

import java.util.ArrayList;
import java.util.List;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;

/** A benefit line as written, every field as text; {@link #check()} applies the rules. */
public record BenefitInput(String year, String kind, String type, String amount, String description) {

	/** Checks the line and throws {@link InvalidInput} naming every bad field. */
	public BenefitDraft check() {
		List<FieldError> errors = new ArrayList<>();
		Integer y = null;
		try {
			y = this.year == null ? null : Integer.valueOf(this.year.strip());
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (y == null || y < 1 || y > TcoYears.HORIZON) {
			errors.add(new FieldError("year", "benefit.year.invalid", "must be a TCO year from 1 to 5", null));
		}
		CostKind k = CostLineRules.parseCode(CostKind.class, this.kind);
		if (k == null) {
			errors.add(new FieldError("kind", "benefit.kind.invalid", "must be PLANNED or ACTUAL", null));
		}
		BenefitType t = CostLineRules.parseCode(BenefitType.class, this.type);
		if (t == null) {
			errors.add(new FieldError("type", "benefit.type.invalid", "must be REVENUE_UPLIFT, COST_SAVING or OTHER",
					null));
		}
		java.math.BigDecimal a = CostLineRules.parseAmount(this.amount);
		if (a == null || a.signum() < 0) {
			errors.add(new FieldError("amount", "benefit.amount.invalid",
					"must be a plain decimal of at least 0 with at most two decimal places, e.g. 1234.50", null));
		}
		String d = this.description == null ? null : this.description.strip();
		if (d == null || d.isEmpty() || d.length() > CostLineRules.TEXT_MAX) {
			errors.add(new FieldError("description", "benefit.description.required",
					"must not be empty (at most 500 characters)", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new BenefitDraft(y, k, t, a, d);
	}

}
