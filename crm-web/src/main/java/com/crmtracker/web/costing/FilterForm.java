package com.crmtracker.web.costing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.crmtracker.costing.CostFilter;

/** The ledger filter as it appears in the address. */
public class FilterForm {

	private String kind;

	private String category;

	private String year;

	private String phase;

	private String vendor;

	CostFilter filter() {
		return CostingParams.filter(this.kind, this.category, this.year, this.phase, this.vendor);
	}

	/** The filter as query parameters, for paging and export links. */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "kind", this.kind);
		put(query, "category", this.category);
		put(query, "year", this.year);
		put(query, "phase", this.phase);
		put(query, "vendor", this.vendor);
		return query;
	}

	private static void put(Map<String, String> query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.put(name, value.strip());
		}
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getPhase() {
		return this.phase;
	}

	public void setPhase(String phase) {
		this.phase = phase;
	}

	public String getVendor() {
		return this.vendor;
	}

	public void setVendor(String vendor) {
		this.vendor = vendor;
	}

}
