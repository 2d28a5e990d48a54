package com.crmtracker.project;

import java.time.LocalDate;

/**
 * The go-live phase planned to end after the project's planned go-live.
 *
 * @param phase the number of the go-live phase
 * @param phaseEnd its planned end
 * @param plannedGoLive the project's planned go-live
 * @param slipDays phase end − planned go-live, in days (positive)
 */
public record GoLiveRisk(int phase, LocalDate phaseEnd, LocalDate plannedGoLive, long slipDays) {

	/** The warning code of the API and the pages. */
	public static final String CODE = "GO_LIVE_AT_RISK";

	public PlanWarning warning() {
		return new PlanWarning(CODE,
				"The go-live phase " + this.phase + " is planned to end on " + this.phaseEnd + ", " + this.slipDays
						+ " days after the planned go-live " + this.plannedGoLive,
				java.util.List.of(this.phase, this.phaseEnd, this.plannedGoLive, this.slipDays));
	}

}
