package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.KpiDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.MeasureType;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.Period;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;

/**
 * The rules a KPI, a measurement, the perspective weights, the thresholds and a
 * qualitative indicator obey, however they arrive (page, API, demo data). The facades
 * refuse what breaks them; a page that already has errors of its own (a text that is no
 * number) asks them too, so that every error of a submit is shown at once. Plain Java.
 */
public final class ScorecardRules {

	/** How far the four perspective weights may sum from 1. */
	public static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.0001");

	private ScorecardRules() {
	}

	/** Every broken rule of a KPI's definition, field by field. */
	public static List<FieldError> kpi(KpiDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.perspective() == null) {
			errors.add(new FieldError("perspective", "kpi.perspective.required",
					"must be FINANCIAL, CUSTOMER, INTERNAL_PROCESS or LEARNING_GROWTH", null));
		}
		if (blankOrLonger(draft.name(), 200)) {
			errors.add(new FieldError("name", "kpi.name.required", "must not be empty (at most 200 characters)", null));
		}
		if (longer(draft.nameZh(), 200)) {
			errors.add(new FieldError("nameZh", "kpi.name.required", "must be at most 200 characters", null));
		}
		if (longer(draft.description(), 1000) || longer(draft.descriptionZh(), 1000)) {
			errors
				.add(new FieldError("description", "kpi.description.tooLong", "must be at most 1000 characters", null));
		}
		if (blankOrLonger(draft.unit(), 40) || longer(draft.unitZh(), 40)) {
			errors.add(new FieldError("unit", "kpi.unit.required", "must not be empty (at most 40 characters)", null));
		}
		if (draft.direction() == null) {
			errors.add(new FieldError("direction", "kpi.direction.required",
					"must be HIGHER_IS_BETTER or LOWER_IS_BETTER", null));
		}
		if (draft.measureType() == null) {
			errors.add(
					new FieldError("measureType", "kpi.measureType.required", "must be DIRECT, RATIO or GROWTH", null));
		}
		if (draft.period() == null) {
			errors.add(new FieldError("period", "kpi.period.required", "must be MONTH or QUARTER", null));
		}
		required("baseline", draft.baseline(), "kpi.baseline.required", errors);
		required("target", draft.target(), "kpi.target.required", errors);
		if (draft.baseline() != null && draft.target() != null && draft.baseline().compareTo(draft.target()) == 0) {
			errors.add(new FieldError("target", "kpi.target.equalsBaseline",
					"must differ from the baseline: a KPI whose target is its baseline cannot be scored", null));
		}
		Numbers.fits("baseline", draft.baseline(), 4, errors);
		Numbers.fits("target", draft.target(), 4, errors);
		weight(draft.weight(), errors);
		if (draft.measureType() == MeasureType.RATIO && (draft.scale() == null || draft.scale().signum() <= 0)) {
			errors.add(new FieldError("scale", "kpi.scale.required",
					"a ratio needs a positive scale, e.g. 100 for a percentage or 1", null));
		}
		if (draft.measureType() == MeasureType.RATIO) {
			Numbers.fits("scale", draft.scale(), 6, errors);
		}
		return errors;
	}

	/**
	 * A KPI's definition after a change: what the change leaves null stays as it was.
	 */
	public static KpiDraft changed(KpiDraft old, KpiDraft d) {
		return new KpiDraft(old.libraryCode(), d.perspective() == null ? old.perspective() : d.perspective(),
				orElse(d.name(), old.name()), d.nameZh() == null ? old.nameZh() : d.nameZh(),
				d.description() == null ? old.description() : d.description(),
				d.descriptionZh() == null ? old.descriptionZh() : d.descriptionZh(), orElse(d.unit(), old.unit()),
				d.unitZh() == null ? old.unitZh() : d.unitZh(), d.direction() == null ? old.direction() : d.direction(),
				d.measureType() == null ? old.measureType() : d.measureType(),
				d.scale() == null ? old.scale() : d.scale(), d.baseline() == null ? old.baseline() : d.baseline(),
				d.target() == null ? old.target() : d.target(), d.weight() == null ? old.weight() : d.weight(),
				d.period() == null ? old.period() : d.period());
	}

	/**
	 * Every broken rule of a period's entry of a KPI: a period of the KPI's period type,
	 * and the numbers its measure type needs.
	 */
	public static List<FieldError> measurement(KpiView kpi, MeasurementInput input) {
		List<FieldError> errors = new ArrayList<>();
		Period period = Period.parse(input.period()).orElse(null);
		if (period == null) {
			errors.add(new FieldError("period", "measurement.period.invalid",
					"must be a month like 2026-09 or a quarter like 2026-Q3", null));
		}
		else if (period.type() != kpi.period()) {
			errors.add(kpi.period() == PeriodType.QUARTER
					? new FieldError("period", "measurement.period.quarterly",
							"this KPI is measured by quarter: write a quarter like 2026-Q3", null)
					: new FieldError("period", "measurement.period.monthly",
							"this KPI is measured by month: write a month like 2026-09", null));
		}
		switch (kpi.measureType()) {
			case DIRECT -> {
				required("value", input.value(), "measurement.value.required", errors);
				Numbers.fits("value", input.value(), 4, errors);
			}
			case RATIO -> {
				required("numerator", input.numerator(), "measurement.numerator.required", errors);
				required("denominator", input.denominator(), "measurement.denominator.required", errors);
				if (input.denominator() != null && input.denominator().signum() == 0) {
					errors.add(new FieldError("denominator", "measurement.denominator.zero",
							"must not be 0: a ratio with a zero denominator has no value", null));
				}
				Numbers.fits("numerator", input.numerator(), 4, errors);
				Numbers.fits("denominator", input.denominator(), 4, errors);
			}
			case GROWTH -> {
				required("amount", input.amount(), "measurement.amount.required", errors);
				Numbers.fits("amount", input.amount(), 4, errors);
			}
		}
		return errors;
	}

	/**
	 * Every broken rule of the four perspective weights, each named by its perspective's
	 * code, or {@code weights} for their sum: each between 0 and 1, together 1 (within
	 * {@link #WEIGHT_TOLERANCE}).
	 */
	public static List<FieldError> weights(Map<Perspective, BigDecimal> weights) {
		List<FieldError> errors = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (Perspective p : Perspective.values()) {
			BigDecimal w = weights.get(p);
			if (w == null) {
				errors.add(new FieldError(p.name(), "weights.required", "must be given", null));
			}
			else if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
				errors.add(new FieldError(p.name(), "weights.range", "must be between 0 and 1", null));
			}
			else {
				Numbers.fits(p.name(), w, 10, errors);
				sum = sum.add(w);
			}
		}
		if (errors.isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
			errors.add(new FieldError("weights", "weights.sum",
					"the four perspective weights must sum to 1 (they sum to " + sum.toPlainString() + ")", null));
		}
		return errors;
	}

	/** Every broken rule of the status thresholds: 0 ≤ amber ≤ green ≤ 1. */
	public static List<FieldError> thresholds(BigDecimal green, BigDecimal amber) {
		List<FieldError> errors = new ArrayList<>();
		required("green", green, "thresholds.required", errors);
		required("amber", amber, "thresholds.required", errors);
		Numbers.fits("green", green, 4, errors);
		Numbers.fits("amber", amber, 4, errors);
		if (errors.isEmpty()
				&& (amber.signum() < 0 || green.compareTo(BigDecimal.ONE) > 0 || amber.compareTo(green) > 0)) {
			errors.add(new FieldError("amber", "thresholds.order", "must satisfy 0 ≤ amber ≤ green ≤ 1", null));
		}
		return errors;
	}

	/** Every broken rule of a qualitative indicator, but for its name being taken. */
	public static List<FieldError> indicator(IndicatorDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.perspective() == null) {
			errors.add(new FieldError("perspective", "kpi.perspective.required",
					"must be FINANCIAL, CUSTOMER, INTERNAL_PROCESS or LEARNING_GROWTH", null));
		}
		if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > 200) {
			errors.add(new FieldError("name", "kpi.name.required", "must not be empty (at most 200 characters)", null));
		}
		if (draft.description() != null && draft.description().trim().length() > 1000) {
			errors
				.add(new FieldError("description", "kpi.description.tooLong", "must be at most 1000 characters", null));
		}
		weight(draft.weight(), errors);
		return errors;
	}

	private static void weight(BigDecimal weight, List<FieldError> errors) {
		required("weight", weight, "kpi.weight.required", errors);
		if (weight != null && weight.signum() < 0) {
			errors.add(new FieldError("weight", "kpi.weight.negative", "must not be negative", null));
		}
		Numbers.fits("weight", weight, 8, errors);
	}

	private static String orElse(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	private static boolean blankOrLonger(String s, int max) {
		return s == null || s.isBlank() || s.trim().length() > max;
	}

	private static boolean longer(String s, int max) {
		return s != null && s.trim().length() > max;
	}

	static void required(String field, Object value, String code, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, code, "must be given", null));
		}
	}

	public static void refuseIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
