package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.PeriodType;

/** The director's settings for a library KPI added to the project. */
public class LibraryForm {

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal weight = BigDecimal.ONE;

	private PeriodType period = PeriodType.QUARTER;

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public PeriodType getPeriod() {
		return this.period;
	}

	public void setPeriod(PeriodType period) {
		this.period = period;
	}

}
