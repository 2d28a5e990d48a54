package com.crmtracker.costing;

import java.math.BigDecimal;

public record BenefitView(long id, int year, CostKind kind, BenefitType type, BigDecimal amount, String description,
		long version) {
}
