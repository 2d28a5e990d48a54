package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.web.support.Figure;
import jakarta.validation.constraints.NotNull;

/**
 * The director's settings for a library KPI added to the project; baseline and target of
 * a KPI counted in % may be typed with the sign.
 */
public record LibraryKpiCommand(Figure baseline, Figure target, BigDecimal weight, @NotNull PeriodType period) {

	BigDecimal baselineValue() {
		return Figure.value(this.baseline);
	}

	BigDecimal targetValue() {
		return Figure.value(this.target);
	}

}
