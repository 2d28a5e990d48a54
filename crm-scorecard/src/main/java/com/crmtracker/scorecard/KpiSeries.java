package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.crmtracker.scorecard.rules.KpiScoring;

/**
 * Values and scores of a KPI's entries: a ratio from its numerator and denominator, a
 * growth from the entry of the period just before.
 */
final class KpiSeries {

	private KpiSeries() {
	}

	/** The current entries by period, oldest first, with value and score. */
	static List<MeasurementView> of(KpiView kpi, Collection<Measurement> current, Thresholds thresholds) {
		Map<Period, Measurement> byPeriod = current.stream()
			.collect(Collectors.toMap(Measurement::period, Function.identity()));
		return current.stream()
			.sorted(Comparator.comparing(Measurement::period))
			.map(m -> view(kpi, m, byPeriod, thresholds))
			.toList();
	}

	static MeasurementView view(KpiView kpi, Measurement m, Map<Period, Measurement> current, Thresholds thresholds) {
		BigDecimal value = value(kpi, m.input(), current.get(m.period().previous()));
		BigDecimal score = value == null ? null
				: KpiScoring.score(value, kpi.baseline(), kpi.target(), kpi.direction());
		return new MeasurementView(kpi.id(), m.period().toString(), m.input(), value, score, thresholds.status(score),
				m.enteredBy(), m.enteredAt(), m.supersededAt());
	}

	static BigDecimal value(KpiView kpi, MeasurementInput input, Measurement previous) {
		return switch (kpi.measureType()) {
			case DIRECT -> input.value();
			case RATIO -> KpiScoring.ratio(input.numerator(), input.denominator(), kpi.scale());
			case GROWTH -> KpiScoring.growth(previous == null ? null : previous.input().amount(), input.amount());
		};
	}

}
