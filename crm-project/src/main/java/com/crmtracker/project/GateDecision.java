package com.crmtracker.project;

/** What a steering member decides at a phase gate. */
public enum GateDecision {

	/** The phase is done. */
	APPROVE,
	/** The phase goes back to work; a reason is required. */
	REJECT

}
