package com.crmtracker.costing;

import java.math.BigDecimal;

/**
 * A project's business-case settings: the discount rate per year, the number of CRM users
 * (null until set) and the version to send back when changing them (version −1: the
 * default, never set).
 */
public record DiscountRate(BigDecimal rate, Integer crmUsers, long version) {

	/** The most CRM users a project may name. */
	public static final int MAX_CRM_USERS = 10_000_000;

	/** The rate a project has until finance sets one. */
	public static final BigDecimal DEFAULT = new BigDecimal("0.08");

}
