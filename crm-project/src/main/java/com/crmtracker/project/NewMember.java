package com.crmtracker.project;

import java.math.BigDecimal;

/**
 * A person joining the project organisation.
 *
 * @param functionalGroup for a key user of a functional group, else null
 * @param chair whether he or she chairs the steering committee
 */
public record NewMember(String username, Membership membership, String projectRole, FunctionalGroup functionalGroup,
		BigDecimal allocation, boolean chair) {
}
