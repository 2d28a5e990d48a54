package com.crmtracker.web.support;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

	private final Numbers num = new Numbers();

	@Test
	void moneyIsGroupedByThousandsWithTwoDecimals() {
		assertThat(this.num.money(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
		assertThat(this.num.money(new BigDecimal("999.999"))).isEqualTo("1,000.00");
		assertThat(this.num.money(new BigDecimal("100000"))).isEqualTo("100,000.00");
		assertThat(this.num.money(new BigDecimal("12"))).isEqualTo("12.00");
		assertThat(this.num.money(new BigDecimal("0.5"))).isEqualTo("0.50");
		assertThat(this.num.money(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
		assertThat(this.num.money(new BigDecimal("-123456"))).isEqualTo("-123,456.00");
		assertThat(this.num.money(new BigDecimal("1E+6"))).isEqualTo("1,000,000.00");
		assertThat(this.num.money(42L)).isEqualTo("42.00");
	}

	@Test
	void roundingIsHalfToEvenAndNeverShowsMinusZero() {
		assertThat(this.num.money(new BigDecimal("0.125"))).isEqualTo("0.12");
		assertThat(this.num.money(new BigDecimal("0.135"))).isEqualTo("0.14");
		assertThat(this.num.money(new BigDecimal("-0.004"))).isEqualTo("0.00");
		assertThat(this.num.fixed(new BigDecimal("-0.0004"), 3)).isEqualTo("0.000");
		assertThat(Numbers.grouped(new BigDecimal("2500.5"), 0)).isEqualTo("2,500");
		assertThat(Numbers.grouped(new BigDecimal("3500.5"), 0)).isEqualTo("3,500");
		assertThat(Numbers.grouped(new BigDecimal("3500.51"), 0)).isEqualTo("3,501");
	}

	@Test
	void ratiosHaveFixedDecimalsWithoutGrouping() {
		assertThat(this.num.fixed(new BigDecimal("1.0456"), 2)).isEqualTo("1.05");
		assertThat(this.num.fixed(new BigDecimal("1234.5"), 2)).isEqualTo("1234.50");
		assertThat(this.num.fixed(new BigDecimal("0.9"), 3)).isEqualTo("0.900");
		assertThat(this.num.fixed(2.5d, 1)).isEqualTo("2.5");
	}

	@Test
	void sharesArePercentagesWithoutTheirSign() {
		// 0.125 of a whole is 12.5 %; 0.08 is 8.00 %; 1/3 is 33.3 %
		assertThat(this.num.percent(new BigDecimal("0.125"), 1)).isEqualTo("12.5");
		assertThat(this.num.percent(new BigDecimal("0.08"), 2)).isEqualTo("8.00");
		assertThat(this.num.percent(new BigDecimal("0.333333"), 1)).isEqualTo("33.3");
		assertThat(this.num.percent(new BigDecimal("-0.343"), 1)).isEqualTo("-34.3");
		assertThat(this.num.percent(new BigDecimal("1.5"), 0)).isEqualTo("150");
	}

	@Test
	void nothingIsShownForNoFigure() {
		assertThat(this.num.money(null)).isNull();
		assertThat(this.num.fixed(null, 2)).isNull();
		assertThat(this.num.percent(null, 1)).isNull();
		assertThat(this.num.fixed(Double.NaN, 2)).isNull();
	}

}
