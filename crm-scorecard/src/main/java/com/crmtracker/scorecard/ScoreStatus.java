package com.crmtracker.scorecard;

/** The traffic light of a score. */
public enum ScoreStatus {

	GREEN, AMBER, RED

}
