package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.Direction;
import com.crmtracker.scorecard.KpiDraft;
import com.crmtracker.scorecard.MeasureType;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.web.support.Figure;
import jakarta.validation.constraints.NotNull;

/**
 * A custom KPI for the project;
 * {@link com.crmtracker.scorecard.Scorecards#check(KpiDraft)} decides what else it needs.
 * Baseline and target may carry a % sign when the unit is %.
 */
public record NewKpiCommand(@NotNull Perspective perspective, String name, String nameZh, String unit,
		@NotNull Direction direction, @NotNull MeasureType measureType, BigDecimal scale, Figure baseline,
		Figure target, BigDecimal weight, @NotNull PeriodType period) {

	/** The empty form: what most custom KPIs are. */
	static NewKpiCommand empty() {
		return new NewKpiCommand(Perspective.FINANCIAL, null, null, null, Direction.HIGHER_IS_BETTER,
				MeasureType.DIRECT, null, null, null, BigDecimal.ONE, PeriodType.QUARTER);
	}

	KpiDraft draft() {
		return new KpiDraft(null, this.perspective, this.name, this.nameZh, null, null, this.unit, null, this.direction,
				this.measureType, this.scale, Figure.value(this.baseline), Figure.value(this.target), this.weight,
				this.period);
	}

}
