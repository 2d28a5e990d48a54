package com.crmtracker.costing;

/**
 * Where in the system's life a cost falls: acquisition and implementation (initial) or
 * running the system (ongoing).
 */
public enum LifecycleStage {

	DEVELOPMENT, OPERATION

}
