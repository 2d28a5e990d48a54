package com.crmtracker.scorecard;

import java.math.BigDecimal;

/**
 * What a director sets for a KPI of a project. The Chinese texts are optional for a
 * custom KPI; {@code scale} only applies to ratios.
 */
public record KpiDraft(String libraryCode, Perspective perspective, String name, String nameZh, String description,
		String descriptionZh, String unit, String unitZh, Direction direction, MeasureType measureType,
		BigDecimal scale, BigDecimal baseline, BigDecimal target, BigDecimal weight, PeriodType period) {

	/** The same KPI with other settings (what the KPI form changes). */
	public KpiDraft withSettings(BigDecimal baseline, BigDecimal target, BigDecimal weight, PeriodType period) {
		return new KpiDraft(this.libraryCode, this.perspective, this.name, this.nameZh, this.description,
				this.descriptionZh, this.unit, this.unitZh, this.direction, this.measureType, this.scale, baseline,
				target, weight, period);
	}

}
