package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Earned value at a date (DOMAIN.md §6), unrounded (amounts are rounded only when shown);
 * a figure whose divisor is zero is null.
 *
 * @param eac the typical estimate at completion, BAC / CPI
 * @param sv schedule variance, EV − PV
 * @param cv cost variance, EV − AC
 * @param eacAtypical the estimate at completion if the rest goes as planned, AC + (BAC −
 * EV)
 * @param eacCombined the estimate at completion if cost and schedule performance both go
 * on, AC + (BAC − EV) / (CPI × SPI)
 * @param etc estimate to complete, EAC − AC
 * @param vac variance at completion, BAC − EAC
 * @param tcpi the cost performance the rest needs to reach BAC, (BAC − EV) / (BAC − AC)
 */
public record EarnedValueResult(LocalDate asOf, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
		BigDecimal cpi, BigDecimal spi, BigDecimal eac, BigDecimal sv, BigDecimal cv, BigDecimal eacAtypical,
		BigDecimal eacCombined, BigDecimal etc, BigDecimal vac, BigDecimal tcpi) {
}
