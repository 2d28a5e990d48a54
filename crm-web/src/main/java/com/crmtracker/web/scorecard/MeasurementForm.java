package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.MeasurementInput;

/**
 * A period's entry of a KPI; which numbers it needs depends on the KPI's measure type.
 */
public class MeasurementForm {

	private String period;

	private BigDecimal value;

	private BigDecimal numerator;

	private BigDecimal denominator;

	private BigDecimal amount;

	MeasurementInput input() {
		return new MeasurementInput(this.period, this.value, this.numerator, this.denominator, this.amount);
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public BigDecimal getNumerator() {
		return this.numerator;
	}

	public void setNumerator(BigDecimal numerator) {
		this.numerator = numerator;
	}

	public BigDecimal getDenominator() {
		return this.denominator;
	}

	public void setDenominator(BigDecimal denominator) {
		this.denominator = denominator;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

}
