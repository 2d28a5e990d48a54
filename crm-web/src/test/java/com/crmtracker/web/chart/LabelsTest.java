package com.crmtracker.web.chart;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

	static List<String> months(int count) {
		List<String> months = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			months.add(String.format("%d-%02d", 2024 + i / 12, i % 12 + 1));
		}
		return months;
	}

	@Test
	void aMonthLabelIsSevenDigitWidths() {
		// "2024-01": 7 characters × 0.6 em × 12
		assertThat(Labels.width("2024-01", 12)).isEqualTo(50.4, org.assertj.core.data.Offset.offset(1e-9));
		// CJK characters are a whole em
		assertThat(Labels.width("第1年", 12)).isEqualTo(31.2, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void thirtySixMonthsTwelveUnitsApartShowEverySixth() {
		// a label and its gap need 50.4 + 8 = 58.4; 58.4 / 12 = 4.9 → 5 months → 6 (half
		// years)
		assertThat(Labels.every(months(36), 12, 12)).isEqualTo(6);
	}

	@Test
	void roomyLabelsAreAllShown() {
		assertThat(Labels.every(months(5), 80, 12)).isEqualTo(1);
		// 58.4 / 30 = 1.9 → every second
		assertThat(Labels.every(months(12), 30, 12)).isEqualTo(2);
		// 58.4 / 5 = 11.7 → 12
		assertThat(Labels.every(months(60), 5, 12)).isEqualTo(12);
		// 58.4 / 2 = 29.2 → a multiple of 12: 36
		assertThat(Labels.every(months(120), 2, 12)).isEqualTo(36);
	}

	@Test
	void aLongLabelIsCutWithAnEllipsis() {
		String cut = Labels.fit("9. Continuous improvement and operation", 120, 13);
		assertThat(cut).endsWith("…").startsWith("9. Continuous");
		assertThat(Labels.width(cut, 13)).isLessThanOrEqualTo(120);
		assertThat(Labels.fit("1. Start", 120, 13)).isEqualTo("1. Start");
	}

}
