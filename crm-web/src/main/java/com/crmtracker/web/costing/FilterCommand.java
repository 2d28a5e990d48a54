package com.crmtracker.web.costing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostOrder;
import com.crmtracker.costing.TcoReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger filter as it appears in the address; {@code year} 1..5, or 6 for after the
 * horizon; {@code q} searches vendor and description; {@code sort} a column, {@code dir}
 * {@code asc} or {@code desc}.
 */
public record FilterCommand(CostKind kind, CostCategory category, @Min(1) @Max(TcoReport.OUTSIDE) Integer year,
		@Min(1) Integer phase, String vendor, String q, CostOrder.Column sort,
		@Pattern(regexp = "asc|desc") String dir) {

	static FilterCommand none() {
		return new FilterCommand(null, null, null, null, null, null, null, null);
	}

	CostFilter filter() {
		return new CostFilter(this.kind, this.category, this.year, this.phase, blankToNull(this.vendor),
				blankToNull(this.q), this.sort == null ? null : new CostOrder(this.sort, "desc".equals(this.dir)));
	}

	/** The filter as query parameters, for paging and export links. */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "kind", this.kind == null ? null : this.kind.name());
		put(query, "category", this.category == null ? null : this.category.name());
		put(query, "year", this.year == null ? null : this.year.toString());
		put(query, "phase", this.phase == null ? null : this.phase.toString());
		put(query, "vendor", this.vendor);
		put(query, "q", this.q);
		put(query, "sort", this.sort == null ? null : this.sort.name());
		put(query, "dir", this.dir);
		return query;
	}

	/** Whether the ledger is sorted by this column, and how: "asc", "desc" or null. */
	public String direction(String column) {
		CostOrder.Column by = this.sort == null ? CostOrder.Column.DATE : this.sort;
		if (!by.name().equals(column)) {
			return null;
		}
		return "desc".equals(this.dir) ? "desc" : "asc";
	}

	/**
	 * The query of this filter sorted by a column: up, or down when it is sorted up by it
	 * already; from the first page.
	 */
	public String sortedBy(String column) {
		Map<String, String> query = query();
		query.put("sort", column);
		query.put("dir", "asc".equals(direction(column)) ? "desc" : "asc");
		UriComponentsBuilder link = UriComponentsBuilder.newInstance();
		query.forEach(link::queryParam);
		return link.build().encode().toUriString();
	}

	/** The query of this filter on another page. */
	public String onPage(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.newInstance();
		query().forEach(link::queryParam);
		link.queryParam("page", page);
		return link.build().encode().toUriString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void put(Map<String, String> query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.put(name, value.strip());
		}
	}

}
