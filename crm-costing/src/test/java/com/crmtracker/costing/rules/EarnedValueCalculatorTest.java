package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.project.PhaseSchedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EarnedValueCalculatorTest {

	/**
	 * A phase with deliverables "weight@completed-on" (completed) or "weight" (open); its
	 * progress today is not what earned value reads, so it is left at 0.
	 */
	static PhaseSchedule phase(int number, String start, String end, String... deliverables) {
		List<PhaseSchedule.Completion> completions = java.util.Arrays.stream(deliverables).map(d -> {
			String[] parts = d.split("@");
			return new PhaseSchedule.Completion(new BigDecimal(parts[0]),
					parts.length > 1 ? LocalDate.parse(parts[1]) : null);
		}).toList();
		return new PhaseSchedule(number, "Phase " + number, null, LocalDate.parse(start), LocalDate.parse(end), null,
				null, BigDecimal.ZERO, completions);
	}

	// phase 1: 30 days, budget 30 000, its one deliverable done on 31 January; phase 2:
	// 60 days, budget 60 000, weight 1 of 4 done on 1 February, then weight 2 on 1 March;
	// phase 3: a one-day phase on 10 February, budget 10 000, its deliverable open
	private final List<PhaseSchedule> phases = List.of(phase(1, "2026-01-01", "2026-01-31", "1@2026-01-31"),
			phase(2, "2026-01-16", "2026-03-17", "1@2026-02-01", "2@2026-03-01", "1"),
			phase(3, "2026-02-10", "2026-02-10", "1"));

	private final Map<Integer, BigDecimal> budgets = Map.of(1, new BigDecimal("30000.00"), 2,
			new BigDecimal("60000.00"), 3, new BigDecimal("10000.00"), 7, new BigDecimal("999.00"));

	@Test
	void earnedValueOnTheDayOfTheOneDayPhase() {
		EarnedValueResult ev = EarnedValueCalculator.at(LocalDate.parse("2026-02-10"), this.phases, this.budgets,
				new BigDecimal("50000.00"));
		// BAC = 30 000 + 60 000 + 10 000 (phase 7 is not in the plan)
		assertThat(ev.bac()).isEqualByComparingTo("100000");
		// PV = 30 000 × 1 + 60 000 × 25/60 (16 Jan → 10 Feb = 25 of 60 days) + 10 000 × 1
		// = 30 000 + 25 000 + 10 000
		assertThat(ev.pv()).isEqualByComparingTo("65000");
		// EV = 30 000 × 1 + 60 000 × 0.25 + 10 000 × 0 = 45 000
		assertThat(ev.ev()).isEqualByComparingTo("45000");
		assertThat(ev.ac()).isEqualByComparingTo("50000");
		// CPI = 45 000 / 50 000 = 0.9; SPI = 45 000 / 65 000 = 0.692307692307…;
		// EAC = 100 000 / 0.9 = 111 111.11…
		assertThat(ev.cpi()).isEqualByComparingTo("0.9");
		assertThat(ev.spi()).isEqualByComparingTo("0.6923076923076923");
		assertThat(ev.eac()).isEqualByComparingTo("111111.1111111111");
		assertThat(ev.eac().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("111111.11");
	}

	@Test
	void earnedValueAtThreeDatesCountsOnlyWhatWasCompletedByThen() {
		// 20 January: nothing completed yet. PV = 30 000 × 19/30 + 60 000 × 4/60 + 0
		// = 19 000 + 4 000 = 23 000; EV = 0; AC 20 000 → CPI 0, SPI 0, EAC undefined
		EarnedValueResult january = EarnedValueCalculator.at(LocalDate.parse("2026-01-20"), this.phases, this.budgets,
				new BigDecimal("20000.00"));
		assertThat(january.pv()).isEqualByComparingTo("23000");
		assertThat(january.ev()).isEqualByComparingTo("0");
		assertThat(january.cpi()).isEqualByComparingTo("0");
		assertThat(january.spi()).isEqualByComparingTo("0");
		assertThat(january.eac()).isNull();
		// 15 February: phase 1 done (31 Jan), phase 2 weight 1 of 4 (1 Feb).
		// PV = 30 000 + 60 000 × 30/60 + 10 000 = 70 000; EV = 30 000 + 60 000 × 1/4
		// = 45 000; AC 60 000 → CPI = 0.75, SPI = 45/70 = 0.6428571428571429,
		// EAC = 100 000 / 0.75 = 133 333.33…
		EarnedValueResult february = EarnedValueCalculator.at(LocalDate.parse("2026-02-15"), this.phases, this.budgets,
				new BigDecimal("60000.00"));
		assertThat(february.pv()).isEqualByComparingTo("70000");
		assertThat(february.ev()).isEqualByComparingTo("45000");
		assertThat(february.cpi()).isEqualByComparingTo("0.75");
		assertThat(february.spi()).isEqualByComparingTo("0.6428571428571429");
		assertThat(february.eac().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("133333.33");
		// 1 March: phase 2 weight 3 of 4. PV = 30 000 + 60 000 × 44/60 + 10 000 = 84 000;
		// EV = 30 000 + 45 000 = 75 000; AC 75 000 → CPI 1, SPI = 75/84
		// = 0.8928571428571429, EAC = 100 000
		EarnedValueResult march = EarnedValueCalculator.at(LocalDate.parse("2026-03-01"), this.phases, this.budgets,
				new BigDecimal("75000.00"));
		assertThat(march.pv()).isEqualByComparingTo("84000");
		assertThat(march.ev()).isEqualByComparingTo("75000");
		assertThat(march.cpi()).isEqualByComparingTo("1");
		assertThat(march.spi()).isEqualByComparingTo("0.8928571428571429");
		assertThat(march.eac()).isEqualByComparingTo("100000");
	}

	@Test
	void variancesAndTheThreeEstimatesAtCompletion() {
		// 15 February: BAC 100 000, PV 70 000, EV 45 000, AC 60 000; CPI 0.75, SPI 9/14
		EarnedValueResult r = EarnedValueCalculator.at(LocalDate.parse("2026-02-15"), this.phases, this.budgets,
				new BigDecimal("60000.00"));
		// SV = 45 000 − 70 000; CV = 45 000 − 60 000
		assertThat(r.sv()).isEqualByComparingTo("-25000");
		assertThat(r.cv()).isEqualByComparingTo("-15000");
		// typical EAC = 100 000 / 0.75 = 133 333.33…
		assertThat(cents(r.eac())).isEqualByComparingTo("133333.33");
		// atypical EAC = 60 000 + (100 000 − 45 000) = 115 000
		assertThat(r.eacAtypical()).isEqualByComparingTo("115000");
		// combined EAC = 60 000 + 55 000 / (0.75 × 9/14) = 60 000 + 55 000 × 56/27
		// = 60 000 + 114 074.074… = 174 074.07
		assertThat(cents(r.eacCombined())).isEqualByComparingTo("174074.07");
		// ETC = 133 333.33… − 60 000; VAC = 100 000 − 133 333.33…
		assertThat(cents(r.etc())).isEqualByComparingTo("73333.33");
		assertThat(cents(r.vac())).isEqualByComparingTo("-33333.33");
		// TCPI = (100 000 − 45 000) / (100 000 − 60 000) = 55 000 / 40 000 = 1.375
		assertThat(r.tcpi()).isEqualByComparingTo("1.375");
	}

	@Test
	void estimatesAreUndefinedWhereTheirDivisorIsZero() {
		// 20 January: EV 0 (CPI 0) → no typical or combined EAC, no ETC, no VAC
		EarnedValueResult january = EarnedValueCalculator.at(LocalDate.parse("2026-01-20"), this.phases, this.budgets,
				new BigDecimal("20000.00"));
		assertThat(january.eac()).isNull();
		assertThat(january.eacCombined()).isNull();
		assertThat(january.etc()).isNull();
		assertThat(january.vac()).isNull();
		// atypical = 20 000 + 100 000; TCPI = 100 000 / 80 000 = 1.25; SV = −23 000
		assertThat(january.eacAtypical()).isEqualByComparingTo("120000");
		assertThat(january.tcpi()).isEqualByComparingTo("1.25");
		assertThat(january.sv()).isEqualByComparingTo("-23000");
		// the whole budget spent (AC = BAC): TCPI undefined
		EarnedValueResult spent = EarnedValueCalculator.at(LocalDate.parse("2026-02-15"), this.phases, this.budgets,
				new BigDecimal("100000.00"));
		assertThat(spent.tcpi()).isNull();
		// CPI 0.45: EAC = 100 000 / 0.45 = 222 222.22; ETC = 122 222.22
		assertThat(cents(spent.eac())).isEqualByComparingTo("222222.22");
		assertThat(cents(spent.etc())).isEqualByComparingTo("122222.22");
	}

	private static BigDecimal cents(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_EVEN);
	}

	@Test
	void beforeTheProjectStartedNothingIsEarned() {
		// every deliverable completed by now, but on 31 December 2025 none was
		List<PhaseSchedule> allDone = List.of(phase(1, "2026-01-01", "2026-01-31", "1@2026-01-31"),
				phase(2, "2026-01-16", "2026-03-17", "4@2026-03-10"));
		EarnedValueResult ev = EarnedValueCalculator.at(LocalDate.parse("2025-12-31"), allDone, this.budgets,
				BigDecimal.ZERO);
		assertThat(ev.pv()).isEqualByComparingTo("0");
		assertThat(ev.ev()).isEqualByComparingTo("0");
		assertThat(ev.spi()).isNull();
		// the day before phase 1's completion: still nothing earned
		assertThat(EarnedValueCalculator.at(LocalDate.parse("2026-01-30"), allDone, this.budgets, BigDecimal.ONE).ev())
			.isEqualByComparingTo("0");
		// on it: 30 000
		assertThat(EarnedValueCalculator.at(LocalDate.parse("2026-01-31"), allDone, this.budgets, BigDecimal.ONE).ev())
			.isEqualByComparingTo("30000");
	}

	@Test
	void aOneDayPhaseHasPlannedNothingTheDayBefore() {
		EarnedValueResult ev = EarnedValueCalculator.at(LocalDate.parse("2026-02-09"), this.phases, this.budgets,
				new BigDecimal("50000.00"));
		// 30 000 + 60 000 × 24/60 + 0 = 30 000 + 24 000
		assertThat(ev.pv()).isEqualByComparingTo("54000");
	}

	@Test
	void plannedFractionIsZeroOnTheStartDayAndOneOnTheEndDay() {
		PhaseSchedule p = this.phases.get(1);
		assertThat(EarnedValueCalculator.plannedFraction(p, LocalDate.parse("2026-01-15"))).isEqualByComparingTo("0");
		assertThat(EarnedValueCalculator.plannedFraction(p, LocalDate.parse("2026-01-16"))).isEqualByComparingTo("0");
		// 17 Jan: 1 of 60 days
		assertThat(EarnedValueCalculator.plannedFraction(p, LocalDate.parse("2026-01-17")))
			.isEqualByComparingTo("0.01666666666666667");
		assertThat(EarnedValueCalculator.plannedFraction(p, LocalDate.parse("2026-03-17"))).isEqualByComparingTo("1");
		assertThat(EarnedValueCalculator.plannedFraction(p, LocalDate.parse("2027-01-01"))).isEqualByComparingTo("1");
	}

	@Test
	void indicesAreUndefinedWhereTheirDivisorIsZero() {
		// before anything started and nothing spent: PV 0, AC 0 → no SPI, no CPI, no EAC
		EarnedValueResult ev = EarnedValueCalculator.at(LocalDate.parse("2025-12-01"), this.phases, this.budgets,
				BigDecimal.ZERO);
		assertThat(ev.pv()).isEqualByComparingTo("0");
		assertThat(ev.cpi()).isNull();
		assertThat(ev.spi()).isNull();
		assertThat(ev.eac()).isNull();
		// money spent but nothing earned: CPI 0, EAC undefined
		EarnedValueResult nothingEarned = EarnedValueCalculator.at(LocalDate.parse("2026-01-10"),
				List.of(phase(1, "2026-01-01", "2026-01-31", "1")), this.budgets, new BigDecimal("100.00"));
		assertThat(nothingEarned.cpi()).isEqualByComparingTo("0");
		assertThat(nothingEarned.eac()).isNull();
		// 9 of 30 days: PV = 30 000 × 9 / 30 = 9 000, SPI = 0 / 9 000 = 0
		assertThat(nothingEarned.pv()).isEqualByComparingTo("9000");
		assertThat(nothingEarned.spi()).isEqualByComparingTo("0");
	}

	@Test
	void aPlanWithoutPhasesHasNothingToEarn() {
		EarnedValueResult ev = EarnedValueCalculator.at(LocalDate.parse("2026-02-10"), List.of(), this.budgets,
				new BigDecimal("10.00"));
		assertThat(ev.bac()).isEqualByComparingTo("0");
		assertThat(ev.ev()).isEqualByComparingTo("0");
		assertThat(ev.ac()).isEqualByComparingTo("10.00");
	}

}
