package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of the filtered ledger, with the number of lines and the total amount of the
 * whole filtered ledger (not only this page).
 */
public record CostPage(List<CostLineView> content, long totalElements, BigDecimal total, int page, int size) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
