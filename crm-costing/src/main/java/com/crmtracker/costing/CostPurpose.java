package com.crmtracker.costing;

/** What an ongoing cost buys: keeping the system running, or gaining advantage. */
public enum CostPurpose {

	KEEP_RUNNING, ADVANCE

}
