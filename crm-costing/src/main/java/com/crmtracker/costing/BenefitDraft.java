package com.crmtracker.costing;

import java.math.BigDecimal;

/** A checked benefit line. */
public record BenefitDraft(int year, CostKind kind, BenefitType type, BigDecimal amount, String description) {
}
