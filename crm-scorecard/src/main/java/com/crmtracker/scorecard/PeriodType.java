package com.crmtracker.scorecard;

/** How often a KPI is measured. */
public enum PeriodType {

	MONTH, QUARTER

}
