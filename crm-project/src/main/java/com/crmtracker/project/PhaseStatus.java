package com.crmtracker.project;

/** Where a phase stands; a phase awaiting its gate has all its deliverables complete. */
public enum PhaseStatus {

	NOT_STARTED, IN_PROGRESS, AWAITING_GATE, DONE

}
