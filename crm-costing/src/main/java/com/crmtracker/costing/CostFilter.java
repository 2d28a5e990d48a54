package com.crmtracker.costing;

/**
 * Which lines of the ledger to show, and in which order; every part may be null (no
 * filter, date order). {@code year} is a TCO year 1..5, or 6 for the lines after the
 * horizon; {@code vendor} matches any part of the vendor's name, {@code search} any part
 * of the vendor's name or the description, case ignored.
 */
public record CostFilter(CostKind kind, CostCategory category, Integer year, Integer phase, String vendor,
		String search, CostOrder order) {

	public CostFilter(CostKind kind, CostCategory category, Integer year, Integer phase, String vendor) {
		this(kind, category, year, phase, vendor, null, null);
	}

	public static CostFilter none() {
		return new CostFilter(null, null, null, null, null);
	}

	/** The order asked for, else date order. */
	public CostOrder orderOrDefault() {
		return this.order == null ? CostOrder.DEFAULT : this.order;
	}

}
