package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.crmtracker.costing.Band;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.CostSum;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.PurposeShares;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoVariance;
import com.crmtracker.costing.TcoWarning;

/**
 * The five-year TCO from the sums of a project's cost lines (DOMAIN.md §4): the matrices,
 * the initial/ongoing split, the risk band, the keep-running/advance shares from year 3
 * and the warnings. Plain Java: the database has already done the summing.
 */
public final class TcoCalculator {

	/** Initial (DEVELOPMENT) cost is usually 55%–65% of a five-year TCO. */
	public static final Band INITIAL_BAND = Band.of("0.55", "0.65");

	/** Ongoing (OPERATION) cost is usually 35%–45% of a five-year TCO. */
	public static final Band ONGOING_BAND = Band.of("0.35", "0.45");

	/** Most CRM projects cost 1.40 to 1.75 times what was planned. */
	public static final Band RISK_FACTORS = Band.of("1.40", "1.75");

	/** From year 3, 15%–20% of a year's cost keeps the system running. */
	public static final Band KEEP_RUNNING_BAND = Band.of("0.15", "0.20");

	/** From year 3, 25%–40% of a year's cost gains advantage. */
	public static final Band ADVANCE_BAND = Band.of("0.25", "0.40");

	/** The first TCO year whose purpose shares are measured. */
	public static final int FIRST_PURPOSE_YEAR = 3;

	private TcoCalculator() {
	}

	public static TcoReport calculate(String currency, List<CostSum> sums) {
		TcoMatrix.Builder planned = TcoMatrix.builder();
		TcoMatrix.Builder actual = TcoMatrix.builder();
		BigDecimal outsidePlanned = zero();
		BigDecimal outsideActual = zero();
		BigDecimal plannedInitial = zero();
		BigDecimal plannedOngoing = zero();
		BigDecimal[][] purpose = new BigDecimal[2][TcoYears.OUTSIDE * 2];
		for (BigDecimal[] row : purpose) {
			java.util.Arrays.fill(row, zero());
		}
		Set<HiddenCostDriver> plannedDrivers = EnumSet.noneOf(HiddenCostDriver.class);
		java.util.Map<HiddenCostDriver, BigDecimal> driverTotals = new java.util.EnumMap<>(HiddenCostDriver.class);
		for (CostSum sum : sums) {
			boolean isPlanned = sum.kind() == CostKind.PLANNED;
			if (sum.year() > TcoYears.HORIZON) {
				if (isPlanned) {
					outsidePlanned = outsidePlanned.add(sum.amount());
				}
				else {
					outsideActual = outsideActual.add(sum.amount());
				}
				continue;
			}
			(isPlanned ? planned : actual).add(sum.category(), sum.year(), sum.amount());
			if (isPlanned) {
				if (sum.stage() == LifecycleStage.DEVELOPMENT) {
					plannedInitial = plannedInitial.add(sum.amount());
				}
				else {
					plannedOngoing = plannedOngoing.add(sum.amount());
				}
				if (sum.driver() != null) {
					driverTotals.merge(sum.driver(), sum.amount(), BigDecimal::add);
				}
			}
			if (sum.purpose() != null) {
				int index = (sum.year() - 1) * 2 + (sum.purpose() == CostPurpose.KEEP_RUNNING ? 0 : 1);
				purpose[isPlanned ? 0 : 1][index] = purpose[isPlanned ? 0 : 1][index].add(sum.amount());
			}
		}
		driverTotals.forEach((driver, total) -> {
			if (total.signum() > 0) {
				plannedDrivers.add(driver);
			}
		});
		TcoMatrix plannedMatrix = planned.build();
		TcoMatrix actualMatrix = actual.build();
		BigDecimal plannedTotal = plannedMatrix.total();
		BigDecimal initialShare = share(plannedInitial, plannedTotal);
		BigDecimal ongoingShare = share(plannedOngoing, plannedTotal);
		Band riskBand = new Band(cents(plannedTotal.multiply(RISK_FACTORS.low())),
				cents(plannedTotal.multiply(RISK_FACTORS.high())));

		List<TcoWarning> warnings = new ArrayList<>();
		if (initialShare != null && !(INITIAL_BAND.contains(initialShare) && ONGOING_BAND.contains(ongoingShare))) {
			warnings.add(new TcoWarning("SPLIT_OUTSIDE_BENCHMARK",
					"Initial cost is " + percent(initialShare) + " and ongoing cost " + percent(ongoingShare)
							+ " of the planned five-year TCO; usually 55%-65% and 35%-45%",
					List.of(percent(initialShare), percent(ongoingShare))));
		}
		for (HiddenCostDriver driver : HiddenCostDriver.values()) {
			if (!plannedDrivers.contains(driver)) {
				warnings
					.add(new TcoWarning("NO_PLANNED_" + driver.name(),
							"No planned cost for the hidden-cost driver " + driver.name()
									+ ": this is where CRM budgets are usually underestimated",
							List.of(driver.name())));
			}
		}
		List<PurposeShares> purposeShares = new ArrayList<>();
		for (int year = FIRST_PURPOSE_YEAR; year <= TcoYears.HORIZON; year++) {
			BigDecimal plannedYear = plannedMatrix.yearTotal(year);
			BigDecimal actualYear = actualMatrix.yearTotal(year);
			int keep = (year - 1) * 2;
			PurposeShares shares = new PurposeShares(year, plannedYear, share(purpose[0][keep], plannedYear),
					share(purpose[0][keep + 1], plannedYear), actualYear, share(purpose[1][keep], actualYear),
					share(purpose[1][keep + 1], actualYear));
			purposeShares.add(shares);
			if (!shares.plannedKeepRunningInBand()) {
				warnings.add(new TcoWarning("KEEP_RUNNING_OUTSIDE_BENCHMARK",
						"Year " + year + " plans " + percent(shares.plannedKeepRunning())
								+ " for keeping the system running; healthy is 15%-20%",
						List.of(year, percent(shares.plannedKeepRunning()))));
			}
			if (!shares.plannedAdvanceInBand()) {
				warnings.add(new TcoWarning("ADVANCE_OUTSIDE_BENCHMARK",
						"Year " + year + " plans " + percent(shares.plannedAdvance())
								+ " for gaining advantage; healthy is 25%-40%",
						List.of(year, percent(shares.plannedAdvance()))));
			}
		}
		return new TcoReport(currency, plannedMatrix, actualMatrix, outsidePlanned, outsideActual, initialShare,
				ongoingShare, riskBand, purposeShares, warnings);
	}

	/**
	 * The variance as of a day: the sums of every line and of the lines dated on or
	 * before the day (both by TCO year). A year has begun when the day falls in or after
	 * it; before the project start no year has.
	 */
	public static TcoVariance variance(List<CostSum> all, List<CostSum> toDate, TcoYears years, LocalDate asOf) {
		int yearsBegun = asOf.isBefore(years.start()) ? 0 : Math.min(TcoYears.HORIZON, years.yearOf(asOf));
		TcoMatrix.Builder plan = TcoMatrix.builder();
		TcoMatrix.Builder actual = TcoMatrix.builder();
		for (CostSum sum : all) {
			if (sum.year() <= TcoYears.HORIZON) {
				(sum.kind() == CostKind.PLANNED ? plan : actual).add(sum.category(), sum.year(), sum.amount());
			}
		}
		TcoMatrix.Builder plannedToDate = TcoMatrix.builder();
		TcoMatrix.Builder actualToDate = TcoMatrix.builder();
		for (CostSum sum : toDate) {
			if (sum.year() <= yearsBegun) {
				(sum.kind() == CostKind.PLANNED ? plannedToDate : actualToDate).add(sum.category(), sum.year(),
						sum.amount());
			}
		}
		return new TcoVariance(asOf, yearsBegun, plannedToDate.build(), actualToDate.build(), plan.build(),
				actual.build());
	}

	/** part / whole to 16 significant digits; null when the whole is zero. */
	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL64);
	}

	/** A ratio as a percentage for people, one decimal, half-even: 0.5875 → "58.8%". */
	static String percent(BigDecimal ratio) {
		return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
	}

	private static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
