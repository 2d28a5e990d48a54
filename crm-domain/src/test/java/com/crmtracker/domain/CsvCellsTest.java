package com.crmtracker.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void formulaLikeTextGetsALeadingApostrophe() {
		assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil.example\",\"click\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(CsvCells.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
		assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
		assertThat(CsvCells.neutralise("'=x")).isEqualTo("''=x");
	}

	@Test
	void ordinaryTextIsWrittenAsItIs() {
		assertThat(CsvCells.neutralise("Dell")).isEqualTo("Dell");
		assertThat(CsvCells.neutralise("北京培训中心")).isEqualTo("北京培训中心");
		assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
		assertThat(CsvCells.neutralise("'quoted")).isEqualTo("'quoted");
		assertThat(CsvCells.neutralise("")).isEmpty();
		assertThat(CsvCells.neutralise(null)).isNull();
	}

	@Test
	void readingRemovesExactlyTheMark() {
		for (String text : new String[] { "=HYPERLINK(\"x\")", "=cmd|' /C calc'!A0", "-12000.00", "'=x", "''-1",
				"'plain", "'", "", "Dell", "@x", "\tx" }) {
			assertThat(CsvCells.restore(CsvCells.neutralise(text))).as(text).isEqualTo(text);
		}
		assertThat(CsvCells.restore("'-12000.00")).isEqualTo("-12000.00");
		assertThat(CsvCells.restore("'plain")).isEqualTo("'plain");
	}

}
