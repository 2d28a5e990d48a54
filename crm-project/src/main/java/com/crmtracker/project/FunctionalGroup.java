package com.crmtracker.project;

/** The functional groups of the third layer; IT is a special group. */
public enum FunctionalGroup {

	MARKETING, SALES, SERVICE, IT

}
