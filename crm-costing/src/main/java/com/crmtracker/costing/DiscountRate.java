package com.crmtracker.costing;

import java.math.BigDecimal;

/**
 * A project's discount rate per year and the version to send back when changing it
 * (version −1: the default, never set).
 */
public record DiscountRate(BigDecimal rate, long version) {

	/** The rate a project has until finance sets one. */
	public static final BigDecimal DEFAULT = new BigDecimal("0.08");

}
