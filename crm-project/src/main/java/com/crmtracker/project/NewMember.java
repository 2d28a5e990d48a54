package com.crmtracker.project;

import java.math.BigDecimal;

/**
 * A person joining the project organisation.
 *
 * @param projectRole the role as typed, or in English where the application writes it
 * @param projectRoleZh the role in Chinese where the application writes it (demo data),
 * else null
 * @param functionalGroup for a key user of a functional group, else null
 * @param chair whether he or she chairs the steering committee
 */
public record NewMember(String username, Membership membership, String projectRole, String projectRoleZh,
		FunctionalGroup functionalGroup, BigDecimal allocation, boolean chair) {

	/** A member whose role is typed text, shown as typed. */
	public NewMember(String username, Membership membership, String projectRole, FunctionalGroup functionalGroup,
			BigDecimal allocation, boolean chair) {
		this(username, membership, projectRole, null, functionalGroup, allocation, chair);
	}

}
