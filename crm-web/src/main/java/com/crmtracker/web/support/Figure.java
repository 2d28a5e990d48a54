package com.crmtracker.web.support;

import java.math.BigDecimal;

import com.crmtracker.domain.Values;

/**
 * A number in the unit of what it counts, as typed: a plain decimal ("85", read by
 * {@link Values#decimal}), or, for what is counted in %, a percentage with its sign
 * ("85%", "８５％", read by {@link Values#percent}), kept as the 85 it stands for. That a
 * sign was typed stays known, so that a page refuses it on a figure that is not counted
 * in % ({@link #misplacedSign}) rather than reading "5%" as 5 days.
 */
public record Figure(BigDecimal value, boolean percentSign) {

	public static Figure of(BigDecimal value) {
		return value == null ? null : new Figure(value, false);
	}

	/** The figure typed, or null when the text is no figure (nor blank). */
	static Figure parse(String text) {
		if (Values.percentSign(text)) {
			BigDecimal fraction = Values.percent(text);
			return fraction == null ? null : new Figure(Percent.points(Percent.ofFraction(fraction)), true);
		}
		return of(Values.decimal(text));
	}

	/** The number, or null for an empty field. */
	public static BigDecimal value(Figure figure) {
		return figure == null ? null : figure.value();
	}

	/** Whether a % sign was typed on a figure whose unit is not %. */
	public static boolean misplacedSign(Figure figure, String unit) {
		boolean countedInPercent = unit != null && Values.percentSign(unit) && unit.strip().length() == 1;
		return figure != null && figure.percentSign() && !countedInPercent;
	}

	/** As the field shows it and takes it: the plain number. */
	@Override
	public String toString() {
		return this.value.toPlainString();
	}

}
