package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Earned value at a date (DOMAIN.md §6), unrounded; the indices are null where their
 * divisor is zero.
 */
public record EarnedValueResult(LocalDate asOf, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
		BigDecimal cpi, BigDecimal spi, BigDecimal eac) {
}
