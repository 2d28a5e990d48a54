package com.crmtracker.project;

import java.math.BigDecimal;

public record MemberView(long id, String username, String displayName, Membership membership, String projectRole,
		FunctionalGroup functionalGroup, BigDecimal allocation, boolean chair) {

	/**
	 * Whether the allocation is below what the methodology expects: the director full
	 * time, the implementation team at least 80%. Key users of functional groups have no
	 * rule.
	 */
	public boolean allocationBelowRule() {
		BigDecimal expected = this.membership.expectedAllocation();
		if (expected == null || (this.membership == Membership.TEAM && this.functionalGroup != null)) {
			return false;
		}
		return this.allocation.compareTo(expected) < 0;
	}

}
