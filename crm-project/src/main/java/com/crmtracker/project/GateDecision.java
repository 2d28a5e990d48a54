package com.crmtracker.project;

/**
 * What the gate record of a phase keeps: a steering member's decision (approve or reject)
 * or the director's resubmission after a rejection.
 */
public enum GateDecision {

	/** The phase is done. */
	APPROVE,
	/** The phase goes back to work; a reason is required. */
	REJECT,
	/** The director asks for the gate again after a rejection; the note is optional. */
	RESUBMIT

}
