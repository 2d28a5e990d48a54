package com.crmtracker.web.projects;

import java.math.BigDecimal;

import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.web.support.Percent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a person to one layer of the project organisation; the allocation is typed as a
 * percentage ("50", "50%") and checked by the project module.
 */
public record MemberForm(@NotBlank String username, @NotNull Membership membership, @Size(max = 200) String projectRole,
		FunctionalGroup functionalGroup, @NotNull Percent allocation, Boolean chair) {

	/** A team member at 100 %. */
	static MemberForm empty() {
		return new MemberForm(null, Membership.TEAM, null, null, Percent.ofPoints(new BigDecimal("100")), false);
	}

	NewMember member() {
		return new NewMember(this.username == null ? null : this.username.trim(), this.membership, this.projectRole,
				this.functionalGroup, Percent.points(this.allocation), Boolean.TRUE.equals(this.chair));
	}

}
