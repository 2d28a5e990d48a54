package com.crmtracker.costing;

/** Where the usually forgotten cost of a CRM project hides (DOMAIN.md §3). */
public enum HiddenCostDriver {

	TRAINING, DATA_MAINTENANCE, INTEGRATION, PROJECT_MANAGEMENT

}
