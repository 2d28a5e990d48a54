package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.Direction;
import com.crmtracker.scorecard.KpiDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.web.support.Figure;
import jakarta.validation.constraints.NotNull;

/**
 * The settings a KPI's page changes, with the version they were read at; perspective,
 * unit, measure type and scale stay as they are. Baseline and target of a KPI counted in
 * % may be typed with the sign.
 */
public record KpiSettingsCommand(String name, String nameZh, Figure baseline, Figure target, BigDecimal weight,
		@NotNull Direction direction, @NotNull PeriodType period, @NotNull Long version) {

	static KpiSettingsCommand of(KpiView kpi) {
		return new KpiSettingsCommand(kpi.name(), kpi.nameZh(), Figure.of(plain(kpi.baseline())),
				Figure.of(plain(kpi.target())), plain(kpi.weight()), kpi.direction(), kpi.period(), kpi.version());
	}

	/** What the change leaves null stays as it is. */
	KpiDraft changes() {
		return new KpiDraft(null, null, this.name, this.nameZh, null, null, null, null, this.direction, null, null,
				Figure.value(this.baseline), Figure.value(this.target), this.weight, this.period);
	}

	/** Without trailing zeros and without an exponent: 110, not 1.1E+2. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
