package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One point of the S-curve; EV and AC are null after the as-of date. */
public record EarnedValuePoint(LocalDate date, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
}
