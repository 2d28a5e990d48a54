package com.crmtracker.costing;

import java.math.BigDecimal;

/**
 * The sum of the cost lines sharing kind, category, stage, TCO year (6 = after the
 * horizon), hidden-cost driver and purpose (both may be null): what the database hands
 * the TCO calculation instead of the lines themselves.
 */
public record CostSum(CostKind kind, CostCategory category, LifecycleStage stage, int year, HiddenCostDriver driver,
		CostPurpose purpose, BigDecimal amount) {
}
