package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of the filtered ledger, with the number of lines and the totals of the whole
 * filtered ledger (not only this page), planned and actual apart (DOMAIN.md §4): never
 * one sum of both kinds.
 *
 * @param planned the total of the filtered PLANNED lines
 * @param actual the total of the filtered ACTUAL lines
 */
public record CostPage(List<CostLineView> content, long totalElements, BigDecimal planned, BigDecimal actual, int page,
		int size) {

	/** Actual − planned: above zero, more was spent than planned. */
	public BigDecimal difference() {
		return this.actual.subtract(this.planned);
	}

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
