package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import com.crmtracker.costing.BusinessCaseResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BusinessCaseCalculatorTest {

	private static List<BigDecimal> amounts(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	// C = 100, 20, 20, 20, 20; B = 0, 50, 60, 60, 60
	// N = −100, 30, 40, 40, 40; cumulative −100, −70, −30, 10, 50
	private final BusinessCaseResult result = BusinessCaseCalculator.calculate(
			amounts("100.00", "20.00", "20.00", "20.00", "20.00"), amounts("0.00", "50.00", "60.00", "60.00", "60.00"),
			new BigDecimal("0.10"));

	@Test
	void netIsBenefitLessCostYearByYear() {
		assertThat(this.result.netByYear()).usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(amounts("-100", "30", "40", "40", "40"));
		assertThat(this.result.cumulativeNet()).usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(amounts("-100", "-70", "-30", "10", "50"));
	}

	@Test
	void npvDiscountsEachYearsNetAtTheEndOfTheYear() {
		// −100/1.1 + 30/1.21 + 40/1.331 + 40/1.4641 + 40/1.61051
		// = −90.909090909 + 24.793388430 + 30.052592036 + 27.320538215 + 24.836852923
		// = 16.094280694
		assertThat(this.result.npv().doubleValue()).isCloseTo(16.094280694, within(1e-9));
		assertThat(this.result.npv().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("16.09");
	}

	@Test
	void npvAtRateZeroIsTheSumOfTheNets() {
		BusinessCaseResult undiscounted = BusinessCaseCalculator.calculate(
				amounts("100.00", "20.00", "20.00", "20.00", "20.00"),
				amounts("0.00", "50.00", "60.00", "60.00", "60.00"), BigDecimal.ZERO);
		assertThat(undiscounted.npv()).isEqualByComparingTo("50");
	}

	@Test
	void roiIsUndiscountedNetOverCost() {
		// (230 − 180) / 180 = 0.27777… to 16 digits
		assertThat(this.result.roi()).isEqualByComparingTo("0.2777777777777778");
	}

	@Test
	void paybackIsTheFractionalYearTheCumulativeNetTurnsNonNegative() {
		// turns in year 4: (4 − 1) + 30 / 40 = 3.75
		assertThat(this.result.paybackYears()).isEqualByComparingTo("3.75");
	}

	@Test
	void paybackLandingExactlyOnZeroCountsAsPaidBack() {
		// N = −60, 20, 40: cumulative −60, −40, 0 → (3 − 1) + 40 / 40 = 3
		BusinessCaseResult exact = BusinessCaseCalculator.calculate(amounts("60.00", "0", "0", "0", "0"),
				amounts("0", "20.00", "40.00", "0", "0"), new BigDecimal("0.08"));
		assertThat(exact.paybackYears()).isEqualByComparingTo("3");
	}

	@Test
	void aFirstYearInProfitPaysBackAtOnce() {
		BusinessCaseResult early = BusinessCaseCalculator.calculate(amounts("10.00", "0", "0", "0", "0"),
				amounts("30.00", "0", "0", "0", "0"), new BigDecimal("0.08"));
		// (1 − 1) + 0 / 20 = 0
		assertThat(early.paybackYears()).isEqualByComparingTo("0");
	}

	@Test
	void noPaybackWithinFiveYearsAndNoRoiWithoutCost() {
		BusinessCaseResult never = BusinessCaseCalculator.calculate(amounts("100.00", "10", "10", "10", "10"),
				amounts("0", "10", "10", "10", "10"), new BigDecimal("0.08"));
		assertThat(never.paybackYears()).isNull();
		// (40 − 140) / 140 = −0.7142857142857143
		assertThat(never.roi()).isEqualByComparingTo("-0.7142857142857143");
		BusinessCaseResult free = BusinessCaseCalculator.calculate(amounts("0", "0", "0", "0", "0"),
				amounts("5", "0", "0", "0", "0"), new BigDecimal("0.08"));
		assertThat(free.roi()).isNull();
	}

	@Test
	void theRealisedCaseWithoutActualsHasNoReturnNeverZero() {
		List<BigDecimal> none = amounts("0", "0", "0", "0", "0");
		// nothing booked: N = 0 every year would read "paid back in 0 years"; it has no
		// payback and no ROI, for want of actuals
		BusinessCaseResult nothing = BusinessCaseCalculator.realised(none, none, new BigDecimal("0.08"));
		assertThat(nothing.roi()).isNull();
		assertThat(nothing.paybackYears()).isNull();
		assertThat(nothing.unavailable()).isEqualTo(BusinessCaseResult.Unavailable.NO_ACTUALS);
		assertThat(nothing.npv()).isEqualByComparingTo("0");
		// 40 spent, nothing gained: no ROI of −100 %, for want of actual benefit
		BusinessCaseResult spent = BusinessCaseCalculator.realised(amounts("40", "0", "0", "0", "0"), none,
				new BigDecimal("0.08"));
		assertThat(spent.roi()).isNull();
		assertThat(spent.paybackYears()).isNull();
		assertThat(spent.unavailable()).isEqualTo(BusinessCaseResult.Unavailable.NO_ACTUAL_BENEFIT);
		// −40 / 1.08 = −37.037037…
		assertThat(spent.npv().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("-37.04");
		// a benefit without any cost booked: no ROI (nothing to divide by), no payback
		BusinessCaseResult gained = BusinessCaseCalculator.realised(none, amounts("0", "25", "0", "0", "0"),
				new BigDecimal("0.08"));
		assertThat(gained.roi()).isNull();
		assertThat(gained.paybackYears()).isNull();
		assertThat(gained.unavailable()).isEqualTo(BusinessCaseResult.Unavailable.NO_ACTUAL_COST);
	}

	@Test
	void theRealisedCaseWithCostsAndBenefitsIsTheCalculation() {
		// C = 150, B = 200 in year 1: N_1 = 50, paid back within year 1 ((1 − 1) + 0 / 50
		// = 0), ROI 50 / 150
		BusinessCaseResult realised = BusinessCaseCalculator.realised(amounts("150", "0", "0", "0", "0"),
				amounts("200", "0", "0", "0", "0"), new BigDecimal("0.08"));
		assertThat(realised.unavailable()).isNull();
		assertThat(realised.roi()).isEqualByComparingTo("0.3333333333333333");
		assertThat(realised.paybackYears()).isEqualByComparingTo("0");
	}

	@Test
	void irrIsTheRateAtWhichTheNpvIsZero() {
		// C = 11 000, 500, 500, 500, 500; B = 0, 1 710, 1 831, 1 964.10, 11 773.57
		// N = −11 000, 1 210, 1 331, 1 464.10, 11 273.57. At r = 0.10 the discounted nets
		// are −11 000/1.1 = −10 000, 1 210/1.21 = 1 000, 1 331/1.331 = 1 000,
		// 1 464.10/1.4641 = 1 000, 11 273.57/1.61051 = 7 000: they sum to exactly 0, so
		// the IRR is 10% (LibreOffice: IRR({-11000;1210;1331;1464.1;11273.57}) = 10%).
		BusinessCaseResult exact = BusinessCaseCalculator.calculate(
				amounts("11000.00", "500.00", "500.00", "500.00", "500.00"),
				amounts("0.00", "1710.00", "1831.00", "1964.10", "11773.57"), new BigDecimal("0.10"));
		assertThat(exact.irr()).isEqualByComparingTo("0.1000000000");
		assertThat(exact.irrMissing()).isNull();
		// at the IRR the discounted payback takes exactly the five years: cumulative
		// discounted −10 000, −9 000, −8 000, −7 000, 0 → (5 − 1) + 7 000 / 7 000 = 5
		assertThat(exact.discountedPaybackYears()).isEqualByComparingTo("5");
		// undiscounted: cumulative −11 000, −9 790, −8 459, −6 994.90, 4 278.67
		// → 4 + 6 994.90 / 11 273.57 = 4.620468937…
		assertThat(exact.paybackYears().doubleValue()).isCloseTo(4.620468937, within(1e-9));
	}

	@Test
	void irrAndDiscountedPaybackOfAnEvenFlow() {
		// N = −1 000, 500, 500, 500, 500 at r = 0.10
		BusinessCaseResult even = BusinessCaseCalculator.calculate(amounts("1000", "0", "0", "0", "0"),
				amounts("0", "500", "500", "500", "500"), new BigDecimal("0.10"));
		// IRR: −1 000 + 500 (x + x² + x³ + x⁴) = 0 with x = 1 / (1 + r); at
		// r = 0.3490344566: x = 0.741270…, x + x² + x³ + x⁴ = 2.000000 (LibreOffice
		// IRR({-1000;500;500;500;500}) = 34.90%)
		assertThat(even.irr().doubleValue()).isCloseTo(0.3490344566, within(1e-9));
		// discounted: −909.0909, 413.2231, 375.6574, 341.5067; cumulative after year 3
		// −120.2104; times 1.1⁴: −1 331 + 605 + 550 = −176 against D_4 × 1.1⁴ = 500,
		// so the discounted payback is 3 + 176 / 500 = 3.352 years
		assertThat(even.discountedPaybackYears().setScale(10, RoundingMode.HALF_EVEN)).isEqualByComparingTo("3.352");
		// undiscounted: cumulative −1 000, −500, 0 → 2 + 500 / 500 = 3
		assertThat(even.paybackYears()).isEqualByComparingTo("3");
	}

	@Test
	void noIrrWhenTheNetsNeverChangeSignOrChangeMoreThanOnce() {
		BusinessCaseResult losses = BusinessCaseCalculator.calculate(amounts("100", "10", "10", "10", "10"),
				amounts("0", "0", "0", "0", "0"), new BigDecimal("0.08"));
		assertThat(losses.irr()).isNull();
		assertThat(losses.irrMissing()).isEqualTo(BusinessCaseResult.Missing.NO_SIGN_CHANGE);
		assertThat(losses.discountedPaybackMissing()).isEqualTo(BusinessCaseResult.Missing.NOT_WITHIN_HORIZON);
		// N = −100, 230, −132, 0, 0: signs −, +, − change twice
		BusinessCaseResult twice = BusinessCaseCalculator.calculate(amounts("100", "0", "132", "0", "0"),
				amounts("0", "230", "0", "0", "0"), new BigDecimal("0.08"));
		assertThat(twice.irr()).isNull();
		assertThat(twice.irrMissing()).isEqualTo(BusinessCaseResult.Missing.SEVERAL_SIGN_CHANGES);
	}

	@Test
	void anEmptyPlanHasNoPaybackNeverZeroYears() {
		List<BigDecimal> none = amounts("0", "0", "0", "0", "0");
		BusinessCaseResult empty = BusinessCaseCalculator.calculate(none, none, new BigDecimal("0.08"));
		assertThat(empty.paybackYears()).isNull();
		assertThat(empty.paybackMissing()).isEqualTo(BusinessCaseResult.Missing.NOTHING_BOOKED);
		assertThat(empty.discountedPaybackYears()).isNull();
		assertThat(empty.irr()).isNull();
	}

	@Test
	void paybackCountsFromTheLastYearInTheRed() {
		// N = 0, −100, 60, 60, 0: cumulative 0, −100, −40, 20, 20. Year 1 is not "paid
		// back" because nothing was spent yet: the last year in the red is 3, so
		// 3 + 40 / 60 = 3.6666…
		BusinessCaseResult late = BusinessCaseCalculator.calculate(amounts("0", "100", "0", "0", "0"),
				amounts("0", "0", "60", "60", "0"), new BigDecimal("0.08"));
		assertThat(late.paybackYears().doubleValue()).isCloseTo(3.6666666667, within(1e-9));
	}

	@Test
	void tcoPerUserIsThePlannedFiveYearCostPerCrmUser() {
		// Σ C = 100 + 20 × 4 = 180 for 40 users: 4.5 per user
		BusinessCaseResult perUser = BusinessCaseCalculator.calculate(
				amounts("100.00", "20.00", "20.00", "20.00", "20.00"), amounts("0", "0", "0", "0", "0"),
				new BigDecimal("0.10"), 40);
		assertThat(perUser.tcoPerUser()).isEqualByComparingTo("4.5");
		assertThat(this.result.tcoPerUser()).isNull();
	}

	@Test
	void theRealisedCaseWithoutActualsHasNoIrrAndNoDiscountedPayback() {
		List<BigDecimal> none = amounts("0", "0", "0", "0", "0");
		BusinessCaseResult spent = BusinessCaseCalculator.realised(amounts("40", "0", "0", "0", "0"), none,
				new BigDecimal("0.08"));
		assertThat(spent.irr()).isNull();
		assertThat(spent.discountedPaybackYears()).isNull();
		assertThat(spent.irrMissing()).isEqualTo(BusinessCaseResult.Missing.NO_ACTUALS);
	}

}
