package com.crmtracker.project;

public enum ProjectStatus {

	PLANNED, ACTIVE, ON_HOLD, CLOSED

}
