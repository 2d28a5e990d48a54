package com.crmtracker.project;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A person in one layer of a project's organisation.
 *
 * @param projectRole the role as typed, or in English where the application wrote it
 * @param projectRoleZh the role in Chinese where the application wrote it, else null
 */
public record MemberView(long id, String username, String displayName, Membership membership, String projectRole,
		String projectRoleZh, FunctionalGroup functionalGroup, BigDecimal allocation, boolean chair) {

	/** The role in the reader's language where there are two, else as typed. */
	public String projectRole(Locale locale) {
		return Localized.pick(locale, this.projectRole, this.projectRoleZh);
	}

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
