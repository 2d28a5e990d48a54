package com.crmtracker.costing;

/**
 * Which lines of the ledger to show; every part may be null (no filter). {@code year} is
 * a TCO year 1..5, or 6 for the lines after the horizon; {@code vendor} matches any part
 * of the vendor's name, case ignored.
 */
public record CostFilter(CostKind kind, CostCategory category, Integer year, Integer phase, String vendor) {

	public static CostFilter none() {
		return new CostFilter(null, null, null, null, null);
	}

}
