package com.crmtracker.costing;

import java.math.BigDecimal;

/**
 * A recurring rule: {@code percent} % of the source line's amount, as a planned line of
 * the given category and stage on the first day of every TCO year from {@code fromYear}
 * to {@code toYear}.
 */
public record RecurringRuleDraft(long sourceLineId, BigDecimal percent, int fromYear, int toYear, CostCategory category,
		LifecycleStage stage, String description) {
}
