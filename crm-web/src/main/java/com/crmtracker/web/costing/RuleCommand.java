package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.RecurringRuleDraft;
import com.crmtracker.web.support.Percent;
import jakarta.validation.constraints.Size;

/**
 * The recurring-rule form, typed (the share of the source line as a percentage, "20" or
 * "20%"); what a rule must be is checked by the ledger, every field at once.
 */
public record RuleCommand(Long sourceLineId, Percent percent, Integer fromYear, Integer toYear, CostCategory category,
		LifecycleStage stage, @Size(max = 500) String description) {

	/** Software maintenance at 20% from year 2 to 5, to begin with. */
	static RuleCommand blank() {
		return new RuleCommand(null, Percent.ofPoints(new BigDecimal("20")), 2, 5, CostCategory.SOFTWARE,
				LifecycleStage.OPERATION, null);
	}

	/** Missing numbers become values the ledger refuses by name. */
	RecurringRuleDraft draft() {
		return new RecurringRuleDraft(this.sourceLineId == null ? -1 : this.sourceLineId, Percent.points(this.percent),
				this.fromYear == null ? 0 : this.fromYear, this.toYear == null ? 0 : this.toYear, this.category,
				this.stage, this.description);
	}

}
