package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.costing.CostCategory;
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
import org.junit.jupiter.api.Test;

import static com.crmtracker.costing.CostCategory.HARDWARE;
import static com.crmtracker.costing.CostCategory.LABOUR;
import static com.crmtracker.costing.CostCategory.SOFTWARE;
import static com.crmtracker.costing.CostCategory.TRAINING;
import static com.crmtracker.costing.CostKind.ACTUAL;
import static com.crmtracker.costing.CostKind.PLANNED;
import static com.crmtracker.costing.LifecycleStage.DEVELOPMENT;
import static com.crmtracker.costing.LifecycleStage.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

class TcoCalculatorTest {

	private static CostSum sum(CostKind kind, CostCategory category, LifecycleStage stage, int year, String amount) {
		return new CostSum(kind, category, stage, year, null, null, new BigDecimal(amount));
	}

	private static CostSum driven(CostCategory category, int year, HiddenCostDriver driver, String amount) {
		return new CostSum(PLANNED, category, DEVELOPMENT, year, driver, null, new BigDecimal(amount));
	}

	private static CostSum purpose(CostKind kind, int year, CostPurpose purpose, String amount) {
		return new CostSum(kind, SOFTWARE, OPERATION, year, null, purpose, new BigDecimal(amount));
	}

	private static List<String> codes(TcoReport report) {
		return report.warnings().stream().map(TcoWarning::code).toList();
	}

	@Test
	void matrixHasRowColumnAndGrandTotals() {
		TcoReport report = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "100000.00"),
				sum(PLANNED, SOFTWARE, DEVELOPMENT, 1, "50000.50"), sum(PLANNED, SOFTWARE, OPERATION, 2, "10000.25"),
				sum(ACTUAL, HARDWARE, DEVELOPMENT, 1, "98000.00"), sum(ACTUAL, SOFTWARE, OPERATION, 2, "12000.00")));
		// planned: hardware y1 100000.00; software y1 50000.50 + y2 10000.25 = 60000.75
		assertThat(report.planned().cell(HARDWARE, 1)).isEqualByComparingTo("100000.00");
		assertThat(report.planned().rowTotal(SOFTWARE)).isEqualByComparingTo("60000.75");
		// year 1: 100000.00 + 50000.50 = 150000.50; grand = 150000.50 + 10000.25 =
		// 160000.75
		assertThat(report.planned().yearTotal(1)).isEqualByComparingTo("150000.50");
		assertThat(report.planned().total()).isEqualByComparingTo("160000.75");
		assertThat(report.planned().cell(LABOUR, 3)).isEqualByComparingTo("0.00");
		assertThat(report.actual().total()).isEqualByComparingTo("110000.00");
	}

	@Test
	void linesAfterYearFiveAreKeptOutOfTheMatrixAndSummedApart() {
		TcoReport report = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, OPERATION, 5, "10.00"),
				sum(PLANNED, HARDWARE, OPERATION, 6, "7.00"), sum(ACTUAL, HARDWARE, OPERATION, 6, "3.50")));
		assertThat(report.planned().total()).isEqualByComparingTo("10.00");
		assertThat(report.outsidePlanned()).isEqualByComparingTo("7.00");
		assertThat(report.outsideActual()).isEqualByComparingTo("3.50");
	}

	@Test
	void initialAndOngoingSharesAreOfThePlannedTcoAndFlaggedOutsideTheBand() {
		// 600 development + 400 operation = 1000: 0.6 and 0.4, inside 55–65% / 35–45%
		TcoReport inside = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "600.00"),
				sum(PLANNED, SOFTWARE, OPERATION, 2, "400.00"), sum(ACTUAL, HARDWARE, OPERATION, 2, "5000.00")));
		assertThat(inside.initialShare()).isEqualByComparingTo("0.6");
		assertThat(inside.ongoingShare()).isEqualByComparingTo("0.4");
		assertThat(codes(inside)).doesNotContain("SPLIT_OUTSIDE_BENCHMARK");
		// the edges count as inside: 550 / 1000 = 0.55 and 450 / 1000 = 0.45
		TcoReport edge = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "550.00"),
				sum(PLANNED, SOFTWARE, OPERATION, 2, "450.00")));
		assertThat(codes(edge)).doesNotContain("SPLIT_OUTSIDE_BENCHMARK");
		// 700 / 1000 = 0.7 initial: outside
		TcoReport outside = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "700.00"),
				sum(PLANNED, SOFTWARE, OPERATION, 2, "300.00")));
		assertThat(outside.initialShare()).isEqualByComparingTo("0.7");
		assertThat(codes(outside)).contains("SPLIT_OUTSIDE_BENCHMARK");
		assertThat(outside.warnings().get(0).message()).contains("70.0%").contains("30.0%");
		// 2 / 3 = 0.6666666666666667 to 16 digits, shown 66.7%
		TcoReport third = TcoCalculator.calculate("CNY",
				List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "2.00"), sum(PLANNED, SOFTWARE, OPERATION, 1, "1.00")));
		assertThat(third.initialShare()).isEqualByComparingTo("0.6666666666666667");
		assertThat(TcoCalculator.percent(third.initialShare())).isEqualTo("66.7%");
	}

	@Test
	void nothingPlannedHasNoSharesAndNoSplitWarning() {
		TcoReport report = TcoCalculator.calculate("CNY", List.of(sum(ACTUAL, HARDWARE, DEVELOPMENT, 1, "9.00")));
		assertThat(report.initialShare()).isNull();
		assertThat(report.ongoingShare()).isNull();
		assertThat(codes(report)).doesNotContain("SPLIT_OUTSIDE_BENCHMARK");
		assertThat(report.riskBand().low()).isEqualByComparingTo("0.00");
	}

	@Test
	void riskBandIsThePlanTimesOnePointFourToOnePointSevenFiveRoundedHalfEven() {
		// 1000000.10 × 1.40 = 1400000.14; × 1.75 = 1750000.175 → half-even to 1750000.18
		TcoReport report = TcoCalculator.calculate("CNY",
				List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "1000000.10")));
		assertThat(report.riskBand().low()).isEqualByComparingTo("1400000.14");
		assertThat(report.riskBand().high()).isEqualByComparingTo("1750000.18");
		// 0.30 × 1.75 = 0.525 → half-even to 0.52 (not 0.53)
		TcoReport small = TcoCalculator.calculate("CNY", List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "0.30")));
		assertThat(small.riskBand().high()).isEqualByComparingTo("0.52");
		assertThat(small.riskBand().high().scale()).isEqualTo(2);
	}

	@Test
	void warnsForEveryHiddenCostDriverWithoutPlannedCost() {
		TcoReport none = TcoCalculator.calculate("CNY", List.of());
		assertThat(codes(none)).containsExactly("NO_PLANNED_TRAINING", "NO_PLANNED_DATA_MAINTENANCE",
				"NO_PLANNED_INTEGRATION", "NO_PLANNED_PROJECT_MANAGEMENT");
		// training planned, integration only as an actual, data maintenance planned at 0
		TcoReport some = TcoCalculator.calculate("CNY",
				List.of(driven(TRAINING, 1, HiddenCostDriver.TRAINING, "8000.00"),
						driven(LABOUR, 2, HiddenCostDriver.DATA_MAINTENANCE, "0.00"),
						new CostSum(ACTUAL, LABOUR, DEVELOPMENT, 1, HiddenCostDriver.INTEGRATION, null,
								new BigDecimal("500.00")),
						driven(LABOUR, 1, HiddenCostDriver.PROJECT_MANAGEMENT, "1.00")));
		assertThat(codes(some)).contains("NO_PLANNED_DATA_MAINTENANCE", "NO_PLANNED_INTEGRATION")
			.doesNotContain("NO_PLANNED_TRAINING", "NO_PLANNED_PROJECT_MANAGEMENT");
	}

	@Test
	void fromYearThreeKeepRunningAndAdvanceSharesAreMeasuredAgainstTheirBands() {
		List<CostSum> sums = new ArrayList<>();
		// year 3: 1000 planned, 180 keep running (18%), 300 advance (30%): healthy
		sums.add(sum(PLANNED, LABOUR, OPERATION, 3, "520.00"));
		sums.add(purpose(PLANNED, 3, CostPurpose.KEEP_RUNNING, "180.00"));
		sums.add(purpose(PLANNED, 3, CostPurpose.ADVANCE, "300.00"));
		// year 4: 1000 planned, 100 keep running (10%), 500 advance (50%): both outside
		sums.add(sum(PLANNED, LABOUR, OPERATION, 4, "400.00"));
		sums.add(purpose(PLANNED, 4, CostPurpose.KEEP_RUNNING, "100.00"));
		sums.add(purpose(PLANNED, 4, CostPurpose.ADVANCE, "500.00"));
		// year 5: nothing planned, so nothing to measure; year 2 is never measured
		sums.add(purpose(PLANNED, 2, CostPurpose.KEEP_RUNNING, "1.00"));
		sums.add(purpose(ACTUAL, 3, CostPurpose.ADVANCE, "50.00"));
		sums.add(sum(ACTUAL, LABOUR, OPERATION, 3, "150.00"));
		TcoReport report = TcoCalculator.calculate("CNY", sums);
		assertThat(report.purposeShares()).extracting(PurposeShares::year).containsExactly(3, 4, 5);
		PurposeShares year3 = report.purposeShares().get(0);
		assertThat(year3.plannedKeepRunning()).isEqualByComparingTo("0.18");
		assertThat(year3.plannedAdvance()).isEqualByComparingTo("0.3");
		// actual year 3: 50 advance of 200 = 0.25
		assertThat(year3.actualAdvance()).isEqualByComparingTo("0.25");
		PurposeShares year5 = report.purposeShares().get(2);
		assertThat(year5.plannedKeepRunning()).isNull();
		assertThat(report.warnings())
			.filteredOn(w -> w.code().startsWith("KEEP_RUNNING") || w.code().startsWith("ADVANCE"))
			.extracting(TcoWarning::code, w -> w.arguments().get(0))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("KEEP_RUNNING_OUTSIDE_BENCHMARK", 4),
					org.assertj.core.groups.Tuple.tuple("ADVANCE_OUTSIDE_BENCHMARK", 4));
	}

	@Test
	void varianceToDateComparesWithThePlanToDateAndLeavesYearsNotBegunEmpty() {
		// start 2026-01-01, today 2027-03-31: year 1 is over, year 2 has begun, year 3
		// not
		TcoYears years = new TcoYears(java.time.LocalDate.parse("2026-01-01"));
		List<CostSum> all = List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "100000.00"),
				sum(PLANNED, HARDWARE, DEVELOPMENT, 2, "50000.00"), sum(PLANNED, SOFTWARE, OPERATION, 3, "50000.00"),
				sum(ACTUAL, HARDWARE, DEVELOPMENT, 1, "98000.00"), sum(ACTUAL, HARDWARE, DEVELOPMENT, 2, "25000.00"));
		// of year 2's 50 000 planned hardware, 20 000 is dated on or before today
		List<CostSum> toDate = List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "100000.00"),
				sum(PLANNED, HARDWARE, DEVELOPMENT, 2, "20000.00"), sum(ACTUAL, HARDWARE, DEVELOPMENT, 1, "98000.00"),
				sum(ACTUAL, HARDWARE, DEVELOPMENT, 2, "25000.00"));
		TcoVariance variance = TcoCalculator.variance(all, toDate, years, java.time.LocalDate.parse("2027-03-31"));

		assertThat(variance.yearsBegun()).isEqualTo(2);
		// year 1: 98 000 − 100 000 = −2 000; year 2: 25 000 − 20 000 (to date) = 5 000
		assertThat(variance.toDate(HARDWARE, 1)).isEqualByComparingTo("-2000.00");
		assertThat(variance.toDate(HARDWARE, 2)).isEqualByComparingTo("5000.00");
		// year 3 has not begun: no variance, not −100 %
		assertThat(variance.toDate(SOFTWARE, 3)).isNull();
		assertThat(variance.toDateOfYear(3)).isNull();
		// hardware to date: −2 000 + 5 000 = 3 000 of 120 000 planned to date = 0.025
		assertThat(variance.toDate().rowTotal(HARDWARE)).isEqualByComparingTo("3000.00");
		assertThat(variance.toDatePercent(HARDWARE)).isEqualByComparingTo("0.025");
		assertThat(variance.toDatePercent(SOFTWARE)).isNull();
		assertThat(variance.toDateTotalPercent()).isEqualByComparingTo("0.025");
		// against the five-year plan: year 2 25 000 − 50 000 = −25 000; software −50 000;
		// total 123 000 − 200 000 = −77 000, −0.385
		assertThat(variance.fiveYear().cell(HARDWARE, 2)).isEqualByComparingTo("-25000.00");
		assertThat(variance.fiveYear().cell(SOFTWARE, 3)).isEqualByComparingTo("-50000.00");
		assertThat(variance.fiveYear().total()).isEqualByComparingTo("-77000.00");
		assertThat(variance.fiveYearTotalPercent()).isEqualByComparingTo("-0.385");
	}

	@Test
	void beforeTheProjectStartsNoYearHasBegun() {
		TcoYears years = new TcoYears(java.time.LocalDate.parse("2026-01-01"));
		List<CostSum> early = List.of(sum(PLANNED, HARDWARE, DEVELOPMENT, 1, "10.00"),
				sum(ACTUAL, HARDWARE, DEVELOPMENT, 1, "12.00"));
		TcoVariance variance = TcoCalculator.variance(early, early, years, java.time.LocalDate.parse("2025-12-31"));
		assertThat(variance.yearsBegun()).isZero();
		assertThat(variance.toDate(HARDWARE, 1)).isNull();
		assertThat(variance.toDateTotalPercent()).isNull();
		// the five-year view still compares: 12 − 10 = 2
		assertThat(variance.fiveYear().total()).isEqualByComparingTo("2.00");
	}

}
