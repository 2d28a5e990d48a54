package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.Locale;

/** A KPI of a project as a director set it up. */
public record KpiView(long id, long version, String libraryCode, Perspective perspective, String name, String nameZh,
		String description, String descriptionZh, String unit, String unitZh, Direction direction,
		MeasureType measureType, BigDecimal scale, BigDecimal baseline, BigDecimal target, BigDecimal weight,
		PeriodType period) {

	KpiView(long id, long version, KpiDraft d) {
		this(id, version, d.libraryCode(), d.perspective(), d.name(), d.nameZh(), d.description(), d.descriptionZh(),
				d.unit(), d.unitZh(), d.direction(), d.measureType(), d.scale(), d.baseline(), d.target(), d.weight(),
				d.period());
	}

	public KpiDraft draft() {
		return new KpiDraft(this.libraryCode, this.perspective, this.name, this.nameZh, this.description,
				this.descriptionZh, this.unit, this.unitZh, this.direction, this.measureType, this.scale, this.baseline,
				this.target, this.weight, this.period);
	}

	/** The name in the reader's language: Chinese where one was given. */
	public String label(Locale locale) {
		return chinese(locale) && this.nameZh != null ? this.nameZh : this.name;
	}

	public String unitLabel(Locale locale) {
		return chinese(locale) && this.unitZh != null ? this.unitZh : this.unit;
	}

	public String descriptionLabel(Locale locale) {
		return chinese(locale) && this.descriptionZh != null ? this.descriptionZh : this.description;
	}

	static boolean chinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

}
