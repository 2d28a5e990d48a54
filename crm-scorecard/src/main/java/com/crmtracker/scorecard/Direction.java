package com.crmtracker.scorecard;

/** Whether a KPI improves as its value rises or as it falls. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER

}
