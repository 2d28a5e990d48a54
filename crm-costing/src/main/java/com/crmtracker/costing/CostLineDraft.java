package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked cost line, ready to be stored. */
public record CostLineDraft(CostCategory category, LifecycleStage stage, CostKind kind, LocalDate incurredOn,
		BigDecimal amount, String vendor, String description, Integer phase, HiddenCostDriver driver,
		CostPurpose purpose) {
}
