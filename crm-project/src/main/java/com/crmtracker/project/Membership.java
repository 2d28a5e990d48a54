package com.crmtracker.project;

import java.math.BigDecimal;

/** The layer of the project organisation a member belongs to. */
public enum Membership {

	/** The steering committee: sets goals, controls progress, owns success or failure. */
	STEERING(null),
	/** The project director: should be on the project full time. */
	DIRECTOR(new BigDecimal("100")),
	/** The implementation team, or a key user of a functional group. */
	TEAM(new BigDecimal("80"));

	private final BigDecimal expectedAllocation;

	Membership(BigDecimal expectedAllocation) {
		this.expectedAllocation = expectedAllocation;
	}

	/** The least allocation the methodology expects, or null where it sets none. */
	public BigDecimal expectedAllocation() {
		return this.expectedAllocation;
	}

}
