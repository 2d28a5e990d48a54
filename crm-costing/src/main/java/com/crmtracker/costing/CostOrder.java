package com.crmtracker.costing;

/**
 * The order of the ledger: by one of its columns, up or down, then by line number so that
 * pages never overlap.
 */
public record CostOrder(Column column, boolean descending) {

	public static final CostOrder DEFAULT = new CostOrder(Column.DATE, false);

	/**
	 * The columns a ledger sorts by, each with its SQL (fixed text, never user input).
	 */
	public enum Column {

		NUMBER("id"), DATE("incurred_on"), YEAR("incurred_on"), CATEGORY("category"), STAGE("stage"), KIND("kind"),
		AMOUNT("amount"), VENDOR("lower(vendor)"), DESCRIPTION("lower(description)"), PHASE("phase"), DRIVER("driver"),
		PURPOSE("purpose");

		private final String sql;

		Column(String sql) {
			this.sql = sql;
		}

	}

	String sql() {
		String direction = this.descending ? " desc nulls last" : " asc nulls last";
		return this.column.sql + direction + ", id" + (this.descending ? " desc" : "");
	}

}
