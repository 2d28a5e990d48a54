package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.crmtracker.costing.rules.TcoCalculator;

/**
 * The variance of the TCO as of a day (DOMAIN.md §4), made by
 * {@link TcoCalculator#variance}: actual to date against planned to date (the planned
 * lines dated on or before the day), with no variance in a year that has not begun; and,
 * labelled apart, actual against the whole five-year plan.
 *
 * @param asOf the day the variance is for (today)
 * @param yearsBegun how many TCO years have begun on that day (0 before the project
 * start, at most 5)
 * @param plannedToDate planned cost dated on or before the day, by category and year
 * @param actualToDate actual cost dated on or before the day, by category and year
 * @param fiveYearPlan the whole five-year plan
 * @param actual every actual cost of the five years
 */
public record TcoVariance(LocalDate asOf, int yearsBegun, TcoMatrix plannedToDate, TcoMatrix actualToDate,
		TcoMatrix fiveYearPlan, TcoMatrix actual) {

	/** Whether a TCO year (1..5) has begun on the day. */
	public boolean begun(int year) {
		return year <= this.yearsBegun;
	}

	/** Actual to date − planned to date, zero in the years not begun. */
	public TcoMatrix toDate() {
		return this.actualToDate.minus(this.plannedToDate);
	}

	/** The variance to date of a category in a year; null when the year has not begun. */
	public BigDecimal toDate(CostCategory category, int year) {
		return begun(year) ? toDate().cell(category, year) : null;
	}

	/** The variance to date of every category in a year; null when it has not begun. */
	public BigDecimal toDateOfYear(int year) {
		return begun(year) ? toDate().yearTotal(year) : null;
	}

	/** A category's variance to date / its plan to date; null when that plan is 0. */
	public BigDecimal toDatePercent(CostCategory category) {
		return TcoMatrix.ratio(toDate().rowTotal(category), this.plannedToDate.rowTotal(category));
	}

	/** The variance to date / the plan to date; null when that plan is 0. */
	public BigDecimal toDateTotalPercent() {
		return TcoMatrix.ratio(toDate().total(), this.plannedToDate.total());
	}

	/**
	 * Actual − the five-year plan, cell by cell: a year not begun shows its whole plan.
	 */
	public TcoMatrix fiveYear() {
		return this.actual.minus(this.fiveYearPlan);
	}

	/** A category's variance against its five-year plan; null when nothing is planned. */
	public BigDecimal fiveYearPercent(CostCategory category) {
		return TcoMatrix.ratio(fiveYear().rowTotal(category), this.fiveYearPlan.rowTotal(category));
	}

	/** The variance against the five-year plan; null when nothing is planned. */
	public BigDecimal fiveYearTotalPercent() {
		return TcoMatrix.ratio(fiveYear().total(), this.fiveYearPlan.total());
	}

}
