package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.costing.rules.TcoCalculator;
import com.crmtracker.costing.rules.TcoYears;

/**
 * The five-year TCO of a project (DOMAIN.md §4). Shares are of the planned five-year TCO
 * and null when nothing is planned; amounts are exact to the cent.
 *
 * @param planned planned cost by category and year
 * @param actual actual cost by category and year
 * @param outsidePlanned planned cost dated after year 5
 * @param outsideActual actual cost dated after year 5
 * @param initialShare planned DEVELOPMENT cost / planned five-year TCO
 * @param ongoingShare planned OPERATION cost / planned five-year TCO
 * @param riskBand the planned TCO × 1.40 to × 1.75, the usual underestimate
 * @param purposeShares keep-running and advance shares for years 3 to 5
 * @param warnings what falls outside a benchmark or is missing
 */
public record TcoReport(String currency, TcoMatrix planned, TcoMatrix actual, BigDecimal outsidePlanned,
		BigDecimal outsideActual, BigDecimal initialShare, BigDecimal ongoingShare, Band riskBand,
		List<PurposeShares> purposeShares, List<TcoWarning> warnings) {

	/** The number of years of the TCO horizon: years 1 to 5. */
	public static final int HORIZON = TcoYears.HORIZON;

	/** The year number standing for "after the horizon" (year 6): a cost line's year. */
	public static final int OUTSIDE = TcoYears.OUTSIDE;

	public Band initialBand() {
		return TcoCalculator.INITIAL_BAND;
	}

	public Band ongoingBand() {
		return TcoCalculator.ONGOING_BAND;
	}

	public Band keepRunningBand() {
		return TcoCalculator.KEEP_RUNNING_BAND;
	}

	public Band advanceBand() {
		return TcoCalculator.ADVANCE_BAND;
	}

	public boolean splitInBand() {
		return this.initialShare == null || (TcoCalculator.INITIAL_BAND.contains(this.initialShare)
				&& TcoCalculator.ONGOING_BAND.contains(this.ongoingShare));
	}

}
