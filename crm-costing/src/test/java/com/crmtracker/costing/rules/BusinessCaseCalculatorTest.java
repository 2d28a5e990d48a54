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

}
