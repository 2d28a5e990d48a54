package com.crmtracker.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.rules.TcoYears;

/**
 * Amounts by category and TCO year 1..5, with row, column and grand totals. Every
 * category has a row, zero where nothing was booked.
 */
public final class TcoMatrix {

	private final Map<CostCategory, List<BigDecimal>> cells;

	private TcoMatrix(Map<CostCategory, List<BigDecimal>> cells) {
		this.cells = cells;
	}

	/** For the calculation that adds the sums up. */
	public static Builder builder() {
		return new Builder();
	}

	/** The amount of a category in a TCO year (1..5). */
	public BigDecimal cell(CostCategory category, int year) {
		return this.cells.get(category).get(year - 1);
	}

	/** The five yearly amounts of a category. */
	public List<BigDecimal> row(CostCategory category) {
		return this.cells.get(category);
	}

	public BigDecimal rowTotal(CostCategory category) {
		return sum(this.cells.get(category));
	}

	public BigDecimal yearTotal(int year) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (List<BigDecimal> row : this.cells.values()) {
			total = total.add(row.get(year - 1));
		}
		return total;
	}

	public List<BigDecimal> yearTotals() {
		List<BigDecimal> totals = new ArrayList<>();
		for (int year = 1; year <= TcoYears.HORIZON; year++) {
			totals.add(yearTotal(year));
		}
		return totals;
	}

	public BigDecimal total() {
		return sum(yearTotals());
	}

	/** This matrix less another, cell by cell (actual − planned gives the variance). */
	public TcoMatrix minus(TcoMatrix other) {
		Builder builder = builder();
		for (CostCategory category : CostCategory.values()) {
			for (int year = 1; year <= TcoYears.HORIZON; year++) {
				builder.add(category, year, cell(category, year).subtract(other.cell(category, year)));
			}
		}
		return builder.build();
	}

	/**
	 * A variance as a share of the plan: variance / planned; null when the plan is zero.
	 */
	public static BigDecimal ratio(BigDecimal variance, BigDecimal planned) {
		if (planned.signum() == 0) {
			return null;
		}
		return variance.divide(planned, MathContext.DECIMAL64);
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** Adds amounts into cells of years 1..5, starting from zero. */
	public static final class Builder {

		private final Map<CostCategory, BigDecimal[]> cells = new EnumMap<>(CostCategory.class);

		private Builder() {
			for (CostCategory category : CostCategory.values()) {
				BigDecimal[] row = new BigDecimal[TcoYears.HORIZON];
				java.util.Arrays.fill(row, BigDecimal.ZERO.setScale(2));
				this.cells.put(category, row);
			}
		}

		public Builder add(CostCategory category, int year, BigDecimal amount) {
			BigDecimal[] row = this.cells.get(category);
			row[year - 1] = row[year - 1].add(amount);
			return this;
		}

		public TcoMatrix build() {
			Map<CostCategory, List<BigDecimal>> rows = new EnumMap<>(CostCategory.class);
			this.cells.forEach((category, row) -> rows.put(category, List.of(row)));
			return new TcoMatrix(Collections.unmodifiableMap(rows));
		}

	}

}
