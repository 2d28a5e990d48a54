package com.crmtracker.web.costing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.TcoReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The ledger filter as it appears in the address; {@code year} 1..5, or 6 for after the
 * horizon.
 */
public record FilterCommand(CostKind kind, CostCategory category, @Min(1) @Max(TcoReport.OUTSIDE) Integer year,
		@Min(1) Integer phase, String vendor) {

	static FilterCommand none() {
		return new FilterCommand(null, null, null, null, null);
	}

	CostFilter filter() {
		return new CostFilter(this.kind, this.category, this.year, this.phase,
				this.vendor == null || this.vendor.isBlank() ? null : this.vendor.strip());
	}

	/** The filter as query parameters, for paging and export links. */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "kind", this.kind == null ? null : this.kind.name());
		put(query, "category", this.category == null ? null : this.category.name());
		put(query, "year", this.year == null ? null : this.year.toString());
		put(query, "phase", this.phase == null ? null : this.phase.toString());
		put(query, "vendor", this.vendor);
		return query;
	}

	private static void put(Map<String, String> query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.put(name, value.strip());
		}
	}

}
