package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.StaleVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TCO, business case and earned value as the database sums them. */
@SpringBootTest
class TcoAndReturnTest {

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	@Autowired
	TcoReports tco;

	@Autowired
	BusinessCases businessCases;

	@Autowired
	EarnedValues earnedValues;

	private void importLines(CostingFixture.Cast cast, String lines) {
		this.ledger.importCsv(cast.as(cast.finance()),
				new ByteArrayInputStream((CostImportTest.HEADER + lines).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theDatabasePutsEachLineInItsTcoYear() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-03-15");
		importLines(cast, """
				HARDWARE,DEVELOPMENT,PLANNED,2026-01-10,1.00,Dell,before the start,,,
				HARDWARE,DEVELOPMENT,PLANNED,2026-03-15,10.00,Dell,start day,,,
				HARDWARE,DEVELOPMENT,PLANNED,2027-03-14,100.00,Dell,day before the anniversary,,,
				HARDWARE,DEVELOPMENT,PLANNED,2027-03-15,1000.00,Dell,anniversary,,,
				HARDWARE,OPERATION,PLANNED,2031-03-14,10000.00,Dell,last day of year 5,,,
				HARDWARE,OPERATION,PLANNED,2031-03-15,100000.00,Dell,after year 5,,,
				HARDWARE,OPERATION,ACTUAL,2040-01-01,7.00,Dell,after year 5,,,
				""");
		TcoReport report = this.tco.report(cast.as(cast.steering()));
		// year 1: 1 + 10 + 100; year 2: 1000; year 5: 10 000; after: 100 000 planned, 7
		// actual
		assertThat(report.planned().row(CostCategory.HARDWARE)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("111"), new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO,
					new BigDecimal("10000"));
		assertThat(report.outsidePlanned()).isEqualByComparingTo("100000.00");
		assertThat(report.outsideActual()).isEqualByComparingTo("7.00");
		// planned five-year TCO 11 111: initial 1 111 / 11 111 = 0.09999…, outside the
		// band
		assertThat(report.planned().total()).isEqualByComparingTo("11111.00");
		assertThat(report.warnings()).extracting(TcoWarning::code)
			.contains("SPLIT_OUTSIDE_BENCHMARK", "NO_PLANNED_TRAINING", "NO_PLANNED_DATA_MAINTENANCE",
					"NO_PLANNED_INTEGRATION", "NO_PLANNED_PROJECT_MANAGEMENT");
		assertThat(this.tco.outsideHorizon(cast.as(cast.director()), 10)).extracting(CostLineView::tcoYear)
			.containsExactly(6, 6);
	}

	@Test
	void varianceToDateCountsThePlanDatedOnOrBeforeToday() {
		// start 2025-03-01, today 2026-06-30: year 1 (to 2026-02-28) over, year 2 begun,
		// year 3 (from 2027-03-01) not begun
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2025-03-01");
		importLines(cast, """
				HARDWARE,DEVELOPMENT,PLANNED,2025-06-01,1000.00,Dell,year 1,,,
				HARDWARE,DEVELOPMENT,PLANNED,2026-05-01,200.00,Dell,year 2 before today,,,
				HARDWARE,DEVELOPMENT,PLANNED,2026-06-30,30.00,Dell,today,,,
				HARDWARE,DEVELOPMENT,PLANNED,2026-07-01,4000.00,Dell,year 2 after today,,,
				HARDWARE,OPERATION,PLANNED,2027-05-01,50000.00,Dell,year 3,,,
				HARDWARE,DEVELOPMENT,ACTUAL,2025-06-10,900.00,Dell,year 1,,,
				HARDWARE,DEVELOPMENT,ACTUAL,2026-06-01,500.00,Dell,year 2,,,
				""");
		TcoVariance variance = this.tco.variance(cast.as(cast.steering()));
		assertThat(variance.yearsBegun()).isEqualTo(2);
		// year 1: 900 − 1 000 = −100; year 2: 500 − (200 + 30) = 270; year 3: none
		assertThat(variance.toDate(CostCategory.HARDWARE, 1)).isEqualByComparingTo("-100.00");
		assertThat(variance.toDate(CostCategory.HARDWARE, 2)).isEqualByComparingTo("270.00");
		assertThat(variance.toDate(CostCategory.HARDWARE, 3)).isNull();
		// to date 170 of 1 230 planned: 0.1382113821…
		assertThat(variance.toDateTotalPercent().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.138211");
		// the five-year plan beside it: 1 400 − 55 230 = −53 830
		assertThat(variance.fiveYear().total()).isEqualByComparingTo("-53830.00");
	}

	@Test
	void businessCaseOfThePlanAndOfWhatWasRealised() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		// planned C = 100, 20, 20, 20, 20; B = 0, 50, 60, 60, 60 (the hand-computed case)
		importLines(cast, """
				SOFTWARE,DEVELOPMENT,PLANNED,2026-01-01,100.00,SAP,,,,
				SOFTWARE,OPERATION,PLANNED,2027-01-01,20.00,SAP,,,,
				SOFTWARE,OPERATION,PLANNED,2028-01-01,20.00,SAP,,,,
				SOFTWARE,OPERATION,PLANNED,2029-01-01,20.00,SAP,,,,
				SOFTWARE,OPERATION,PLANNED,2030-01-01,20.00,SAP,,,,
				SOFTWARE,DEVELOPMENT,ACTUAL,2026-02-01,150.00,SAP,,,,
				""");
		String[] benefits = { "0", "50.00", "60.00", "60.00", "60.00" };
		for (int year = 2; year <= 5; year++) {
			this.businessCases.createBenefit(cast.as(cast.finance()),
					new BenefitInput(Integer.toString(year), "PLANNED", "COST_SAVING", benefits[year - 1], "Savings")
						.draft());
		}
		this.businessCases.createBenefit(cast.as(cast.finance()),
				new BenefitInput("1", "ACTUAL", "REVENUE_UPLIFT", "200.00", "More deals").draft());
		BusinessCaseResult plan = this.businessCases.result(cast.as(cast.steering()), CostKind.PLANNED,
				new BigDecimal("0.10"));
		// NPV 16.09, ROI 50 / 180, payback 3.75 years (see BusinessCaseCalculatorTest)
		assertThat(plan.npv().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("16.09");
		assertThat(plan.roi()).isEqualByComparingTo("0.2777777777777778");
		assertThat(plan.paybackYears()).isEqualByComparingTo("3.75");
		// realised: C = 150, B = 200 in year 1 → N_1 = 50, paid back at once, ROI 50 /
		// 150
		BusinessCaseResult realised = this.businessCases.result(cast.as(cast.steering()), CostKind.ACTUAL, null);
		assertThat(realised.rate()).isEqualByComparingTo("0.08");
		assertThat(realised.roi()).isEqualByComparingTo("0.3333333333333333");
		assertThat(realised.paybackYears()).isEqualByComparingTo("0");
		// 50 / 1.08 = 46.296296…
		assertThat(realised.npv().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("46.30");
	}

	@Test
	void theDiscountRateIsAProjectSettingFinanceChanges() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		DiscountRate initial = this.businessCases.discountRate(cast.as(cast.steering()));
		assertThat(initial.rate()).isEqualByComparingTo("0.08");
		assertThatThrownBy(
				() -> this.businessCases.setDiscountRate(cast.as(cast.director()), new BigDecimal("0.1"), -1))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> BusinessCases.parseRate("1e-1")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> this.businessCases.setDiscountRate(cast.as(cast.finance()), new BigDecimal("1.5"), -1))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(
				() -> this.businessCases.setDiscountRate(cast.as(cast.finance()), new BigDecimal("0.0000001"), -1))
			.isInstanceOf(InvalidInput.class);
		DiscountRate set = this.businessCases.setDiscountRate(cast.as(cast.finance()), BusinessCases.parseRate("0.065"),
				-1);
		assertThat(set.rate()).isEqualByComparingTo("0.065");
		assertThatThrownBy(
				() -> this.businessCases.setDiscountRate(cast.as(cast.finance()), new BigDecimal("0.07"), -1))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.businessCases.result(cast.as(cast.director()), CostKind.PLANNED, null).rate())
			.isEqualByComparingTo("0.065");
	}

	@Test
	void tcoPerUserDividesThePlannedFiveYearTcoByTheCrmUsersFinanceSets() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		importLines(cast, """
				SOFTWARE,DEVELOPMENT,PLANNED,2026-02-01,90000.00,SAP,,,,
				SOFTWARE,OPERATION,PLANNED,2028-02-01,30000.00,SAP,,,,
				SOFTWARE,OPERATION,ACTUAL,2026-02-01,1.00,SAP,,,,
				""");
		assertThat(this.businessCases.result(cast.as(cast.steering()), CostKind.PLANNED, null).tcoPerUser()).isNull();
		assertThatThrownBy(() -> this.businessCases.setSettings(cast.as(cast.finance()), new BigDecimal("0.08"), 0, -1))
			.isInstanceOf(InvalidInput.class);
		DiscountRate set = this.businessCases.setSettings(cast.as(cast.finance()), new BigDecimal("0.08"), 80, -1);
		assertThat(set.crmUsers()).isEqualTo(80);
		// (90 000 + 30 000) / 80 users = 1 500 per user
		assertThat(this.businessCases.result(cast.as(cast.steering()), CostKind.PLANNED, null).tcoPerUser())
			.isEqualByComparingTo("1500");
		// changing the rate alone keeps the users
		assertThat(this.businessCases.setDiscountRate(cast.as(cast.finance()), new BigDecimal("0.09"), set.version())
			.crmUsers()).isEqualTo(80);
	}

	@Test
	void earnedValueReadsActualDevelopmentCostUpToTheDate() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		importLines(cast, """
				LABOUR,DEVELOPMENT,PLANNED,2026-01-01,5000.00,Internal,,1,,
				LABOUR,DEVELOPMENT,PLANNED,2026-01-01,7000.00,Internal,,2,,
				LABOUR,OPERATION,PLANNED,2026-01-01,9000.00,Internal,,2,,
				LABOUR,DEVELOPMENT,ACTUAL,2026-02-01,300.00,Internal,,1,,
				LABOUR,DEVELOPMENT,ACTUAL,2026-03-01,400.00,Internal,,1,,
				LABOUR,OPERATION,ACTUAL,2026-02-01,999.00,Internal,,1,,
				""");
		assertThat(this.earnedValues.budgets(cast.as(cast.steering()))).containsExactlyInAnyOrderEntriesOf(
				java.util.Map.of(1, new BigDecimal("5000.00"), 2, new BigDecimal("7000.00")));
		EarnedValueResult ev = this.earnedValues.at(cast.as(cast.steering()), LocalDate.of(2026, 2, 28));
		assertThat(ev.ac()).isEqualByComparingTo("300.00");
		// the curve runs to the end of the plan; months after the date have no actual
		// cost yet
		assertThat(this.earnedValues.curve(cast.as(cast.steering()), LocalDate.of(2026, 3, 10)))
			.extracting(EarnedValuePoint::ac)
			.filteredOn(java.util.Objects::nonNull)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, new BigDecimal("300"), new BigDecimal("700"));
	}

}
