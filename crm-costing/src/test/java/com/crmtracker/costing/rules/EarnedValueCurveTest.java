package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.EarnedValuePoint;
import com.crmtracker.project.PhaseSchedule;
import org.junit.jupiter.api.Test;

import static com.crmtracker.costing.rules.EarnedValueCalculatorTest.phase;
import static org.assertj.core.api.Assertions.assertThat;

class EarnedValueCurveTest {

	// phase 1: 1–31 January, budget 30 000, done on 31 January; phase 2: 16 January – 17
	// March, budget 60 000, weight 1 of 4 done on 1 February, 2 more on 1 March; phase 3:
	// 10 February, budget 10 000, open
	private final List<PhaseSchedule> phases = List.of(phase(1, "2026-01-01", "2026-01-31", "1@2026-01-31"),
			phase(2, "2026-01-16", "2026-03-17", "1@2026-02-01", "2@2026-03-01", "1"),
			phase(3, "2026-02-10", "2026-02-10", "1"));

	private final Map<Integer, BigDecimal> budgets = Map.of(1, new BigDecimal("30000.00"), 2,
			new BigDecimal("60000.00"), 3, new BigDecimal("10000.00"));

	// actual development cost: 20 000 in January, 40 000 in February, 5 000 in March
	private final Map<LocalDate, BigDecimal> actualByMonth = Map.of(LocalDate.parse("2026-01-01"),
			new BigDecimal("20000.00"), LocalDate.parse("2026-02-01"), new BigDecimal("40000.00"),
			LocalDate.parse("2026-03-01"), new BigDecimal("5000.00"));

	@Test
	void monthEndPointsThenTodayThenOnlyThePlan() {
		LocalDate today = LocalDate.parse("2026-02-15");
		List<EarnedValuePoint> points = EarnedValueCurve.monthly(LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-03-17"), today, today, this.phases, this.budgets, this.actualByMonth,
				new BigDecimal("50000.00"));
		assertThat(points).extracting(EarnedValuePoint::date)
			.containsExactly(LocalDate.parse("2026-01-31"), today, LocalDate.parse("2026-03-31"));
		// 31 January: PV = 30 000 + 60 000 × 15/60 = 45 000; EV = phase 1 done that day
		// = 30 000; AC = January's 20 000
		assertThat(points.get(0).pv()).isEqualByComparingTo("45000");
		assertThat(points.get(0).ev()).isEqualByComparingTo("30000");
		assertThat(points.get(0).ac()).isEqualByComparingTo("20000");
		// today, 15 February: PV = 30 000 + 60 000 × 30/60 + 10 000 = 70 000;
		// EV = 30 000 + 60 000 × 1/4 = 45 000; AC = the actual cost up to today
		assertThat(points.get(1).pv()).isEqualByComparingTo("70000");
		assertThat(points.get(1).ev()).isEqualByComparingTo("45000");
		assertThat(points.get(1).ac()).isEqualByComparingTo("50000");
		// 31 March: the whole plan, 100 000; no EV or AC after today
		assertThat(points.get(2).pv()).isEqualByComparingTo("100000");
		assertThat(points.get(2).ev()).isNull();
		assertThat(points.get(2).ac()).isNull();
	}

	@Test
	void aPastStatusDateDrawsEarnedValueUpToThatDate() {
		LocalDate today = LocalDate.parse("2026-03-05");
		List<EarnedValuePoint> points = EarnedValueCurve.monthly(LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-03-17"), LocalDate.parse("2026-01-20"), today, this.phases, this.budgets,
				this.actualByMonth, new BigDecimal("12000.00"));
		assertThat(points).extracting(EarnedValuePoint::date)
			.containsExactly(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-28"), today);
		// 20 January: PV = 30 000 × 19/30 + 60 000 × 4/60 = 23 000; nothing completed yet
		assertThat(points.get(0).pv()).isEqualByComparingTo("23000");
		assertThat(points.get(0).ev()).isEqualByComparingTo("0");
		assertThat(points.get(0).ac()).isEqualByComparingTo("12000");
		// 28 February: PV = 30 000 + 60 000 × 43/60 + 10 000 = 83 000; after the date
		assertThat(points.get(1).pv()).isEqualByComparingTo("83000");
		assertThat(points.get(1).ev()).isNull();
		// today, 5 March: PV = 30 000 + 60 000 × 48/60 + 10 000 = 88 000
		assertThat(points.get(2).pv()).isEqualByComparingTo("88000");
		assertThat(points.get(2).ev()).isNull();
		assertThat(points.get(2).ac()).isNull();
	}

	@Test
	void aStatusDateAfterTodayDrawsNoEarnedValueAfterToday() {
		LocalDate today = LocalDate.parse("2026-02-15");
		List<EarnedValuePoint> points = EarnedValueCurve.monthly(LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-31"), today, this.phases, this.budgets,
				this.actualByMonth, new BigDecimal("50000.00"));
		assertThat(points).extracting(EarnedValuePoint::date)
			.containsExactly(LocalDate.parse("2026-01-31"), today, LocalDate.parse("2026-03-31"));
		assertThat(points.get(1).ev()).isEqualByComparingTo("45000");
		assertThat(points.get(2).ev()).isNull();
		assertThat(points.get(2).ac()).isNull();
	}

}
