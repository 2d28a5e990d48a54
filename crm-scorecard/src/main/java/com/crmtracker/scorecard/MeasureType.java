package com.crmtracker.scorecard;

/** How a KPI's value of a period comes about. */
public enum MeasureType {

	/** The value is entered. */
	DIRECT,
	/** Numerator and denominator are entered; value = numerator / denominator × scale. */
	RATIO,
	/** One amount per period; value = (this − previous) / previous × 100. */
	GROWTH

}
