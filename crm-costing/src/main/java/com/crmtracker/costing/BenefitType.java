package com.crmtracker.costing;

/** The kinds of return a CRM system brings. */
public enum BenefitType {

	REVENUE_UPLIFT, COST_SAVING, OTHER

}
