package com.crmtracker.costing;

/** A budgeted amount or money actually spent (or received, for a benefit). */
public enum CostKind {

	PLANNED, ACTUAL

}
