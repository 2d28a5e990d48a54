package com.crmtracker.costing;

import java.math.BigDecimal;

public record RecurringRuleView(long id, long sourceLineId, BigDecimal percent, int fromYear, int toYear,
		CostCategory category, LifecycleStage stage, String description, long version) {
}
