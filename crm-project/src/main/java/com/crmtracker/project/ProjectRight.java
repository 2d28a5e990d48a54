package com.crmtracker.project;

/** What an actor may do with a project he or she sees, beyond reading it. */
public enum ProjectRight {

	/**
	 * Change phases, deliverables, baselines, KPIs and weights: the project's director.
	 */
	EDIT_PLAN,

	/**
	 * Enter and change cost lines, rules, benefits and the discount rate: finance and
	 * admins.
	 */
	CHANGE_MONEY,

	/**
	 * Approve or reject phase gates and grade qualitative indicators: its steering
	 * committee.
	 */
	DECIDE_GATES,

	/** Change the project's facts and organisation: an admin or its director. */
	ADMINISTER;

}
