package com.crmtracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

	@Test
	void aPercentageIsReadAsTheFractionItStandsForWithOrWithoutItsSign() {
		assertThat(Values.percent("8")).isEqualByComparingTo("0.08");
		assertThat(Values.percent("8%")).isEqualByComparingTo("0.08");
		assertThat(Values.percent("8 %")).isEqualByComparingTo("0.08");
		assertThat(Values.percent(" 8.5 % ")).isEqualByComparingTo("0.085");
		assertThat(Values.percent("8,5%")).isEqualByComparingTo("0.085");
		assertThat(Values.percent("0")).isEqualByComparingTo("0");
		assertThat(Values.percent("100")).isEqualByComparingTo("1");
		assertThat(Values.percent("12.3456%")).isEqualByComparingTo("0.123456");
		// out of a range is for the rule of the field to say, not the parser
		assertThat(Values.percent("-2%")).isEqualByComparingTo("-0.02");
		assertThat(Values.percent("150")).isEqualByComparingTo("1.5");
	}

	@Test
	void aPercentageTypedByAChineseInputMethodCountsAsItsAsciiForm() {
		assertThat(Values.percent("８％")).isEqualByComparingTo("0.08");
		assertThat(Values.percent("８．５％")).isEqualByComparingTo("0.085");
		assertThat(Values.percent("８。５％")).isEqualByComparingTo("0.085");
		assertThat(Values.percent("８，５％")).isEqualByComparingTo("0.085");
		assertThat(Values.percent("\u30008\u3000%")).isEqualByComparingTo("0.08");
		assertThat(Values.percent("8﹪")).isEqualByComparingTo("0.08");
	}

	@Test
	void aPercentageKeepsTheDigitsTypedSoNothingIsRounded() {
		assertThat(Values.percent("8.50%")).isEqualTo(new BigDecimal("0.0850"));
		assertThat(Values.percent("20")).isEqualTo(new BigDecimal("0.20"));
	}

	@Test
	void whatIsNoPercentageIsNull() {
		assertThat(Values.percent(null)).isNull();
		assertThat(Values.percent(" ")).isNull();
		assertThat(Values.percent("abc")).isNull();
		assertThat(Values.percent("8%%")).isNull();
		assertThat(Values.percent("%8")).isNull();
		assertThat(Values.percent("8.")).isNull();
		assertThat(Values.percent(".5")).isNull();
		assertThat(Values.percent("8.5.1")).isNull();
		assertThat(Values.percent("0.08e2")).isNull();
		assertThat(Values.percent("8 percent")).isNull();
		// a comma before three digits reads as thousands: 1,000 is not taken as 1%
		assertThat(Values.percent("1,000")).isNull();
		assertThat(Values.percent("1,000%")).isNull();
		assertThat(Values.percent("8.123456789")).isNull();
	}

	@Test
	void aDateIsReadYearFirstAsTheProductShowsItAndAsPeopleTypeIt() {
		LocalDate first = LocalDate.of(2026, 12, 1);
		assertThat(Values.date("2026-12-01")).isEqualTo(first);
		assertThat(Values.date(" 2026-12-01 ")).isEqualTo(first);
		assertThat(Values.date("2026-12-1")).isEqualTo(first);
		assertThat(Values.date("2026/12/1")).isEqualTo(first);
		assertThat(Values.date("2026/12/01")).isEqualTo(first);
		assertThat(Values.date("2026.12.01")).isEqualTo(first);
		assertThat(Values.date("20261201")).isEqualTo(first);
		assertThat(Values.date("2026年12月1日")).isEqualTo(first);
		assertThat(Values.date("2026 年 12 月 1 日")).isEqualTo(first);
		assertThat(Values.date("2026年12月1")).isEqualTo(first);
		assertThat(Values.date("２０２６－１２－０１")).isEqualTo(first);
		assertThat(Values.date("２０２６／１２／１")).isEqualTo(first);
		assertThat(Values.date("２０２６年１２月１日")).isEqualTo(first);
	}

	@Test
	void whatIsNoDateOfTheRangeIsNull() {
		assertThat(Values.date(null)).isNull();
		assertThat(Values.date("")).isNull();
		// day or month first is never guessed
		assertThat(Values.date("01/12/2026")).isNull();
		assertThat(Values.date("12/01/2026")).isNull();
		assertThat(Values.date("2026-12/01")).isNull();
		assertThat(Values.date("2026-13-01")).isNull();
		assertThat(Values.date("2026-02-30")).isNull();
		assertThat(Values.date("2026-13-45")).isNull();
		assertThat(Values.date("2026-012-01")).isNull();
		assertThat(Values.date("2026-12-01T10:00")).isNull();
		assertThat(Values.date("Dec 1, 2026")).isNull();
		assertThat(Values.date("1989-12-31")).isNull();
		assertThat(Values.date("2101-01-01")).isNull();
		assertThat(Values.date("1990-01-01")).isEqualTo(Values.EARLIEST);
		assertThat(Values.date("2100/12/31")).isEqualTo(Values.LATEST);
	}

	@Test
	void numbersInFullWidthDigitsCountAsTheirAsciiForm() {
		assertThat(Values.amount("１２３４．５")).isEqualByComparingTo("1234.50");
		assertThat(Values.decimal("０．４")).isEqualByComparingTo("0.4");
		assertThat(Values.integer("１２")).isEqualTo(12);
		assertThat(Values.amount("−12000.00")).isEqualByComparingTo("-12000.00");
		assertThat(Values.amount("1,234.50")).isNull();
	}

	@Test
	void aZoneIsOneOfThePlacesOfTheZoneDatabaseOrUtc() {
		assertThat(Values.zone("Asia/Shanghai")).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(Values.zone(" Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(Values.zone("America/Argentina/Buenos_Aires"))
			.isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
		assertThat(Values.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
		assertThat(Values.zone("Etc/UTC")).isEqualTo(ZoneId.of("UTC"));
		assertThat(Values.zone("asia/shanghai")).isNull();
		assertThat(Values.zone("Etc/GMT+8")).isNull();
		assertThat(Values.zone("+08:00")).isNull();
		assertThat(Values.zone("PRC")).isNull();
		assertThat(Values.zone("Mars/Olympus_Mons")).isNull();
		assertThat(Values.zone("")).isNull();
		assertThat(Values.zone(null)).isNull();
		assertThat(Values.ZONES).startsWith("UTC").contains("Asia/Shanghai", "America/New_York", "Europe/London");
		assertThat(Values.ZONES.subList(1, Values.ZONES.size())).isSorted();
	}

}
