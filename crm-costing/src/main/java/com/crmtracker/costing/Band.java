package com.crmtracker.costing;

import java.math.BigDecimal;

/** An inclusive range a ratio or an amount is measured against. */
public record Band(BigDecimal low, BigDecimal high) {

	public static Band of(String low, String high) {
		return new Band(new BigDecimal(low), new BigDecimal(high));
	}

	public boolean contains(BigDecimal value) {
		return value.compareTo(this.low) >= 0 && value.compareTo(this.high) <= 0;
	}

}
