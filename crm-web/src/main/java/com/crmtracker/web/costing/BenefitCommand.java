package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.BenefitDraft;
import com.crmtracker.costing.BenefitType;
import com.crmtracker.costing.CostKind;
import jakarta.validation.constraints.Size;

/** The benefit-line form, typed; its rules are {@link BenefitDraft#check()}. */
public record BenefitCommand(Integer year, CostKind kind, BenefitType type, BigDecimal amount,
		@Size(max = 500) String description) {

	/** A planned cost saving in year 2, to begin with. */
	static BenefitCommand blank() {
		return new BenefitCommand(2, CostKind.PLANNED, BenefitType.COST_SAVING, null, null);
	}

	BenefitDraft draft() {
		return new BenefitDraft(this.year, this.kind, this.type, this.amount, this.description);
	}

}
