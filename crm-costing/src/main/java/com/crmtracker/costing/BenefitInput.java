package com.crmtracker.costing;

import java.util.List;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.Values;

/**
 * A benefit line as written, every field as text (a JSON body); {@link #draft()} reads it
 * with the shared parser and checks the rules of {@link BenefitDraft} (a text that is not
 * a value of its type breaks the rule of its field).
 */
public record BenefitInput(String year, String kind, String type, String amount, String description) {

	/**
	 * The typed line; throws {@link InvalidInput} naming every bad field (a field that is
	 * not a value of its type, or breaks a rule).
	 */
	public BenefitDraft draft() {
		Integer y = Values.integer(this.year);
		CostKind k = Values.code(CostKind.class, this.kind);
		BenefitType t = Values.code(BenefitType.class, this.type);
		java.math.BigDecimal a = Values.decimal(this.amount);
		BenefitDraft draft = new BenefitDraft(y, k, t, a, this.description);
		List<FieldError> errors = draft.check();
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return draft;
	}

}
