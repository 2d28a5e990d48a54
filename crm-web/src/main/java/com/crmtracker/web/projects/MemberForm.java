package com.crmtracker.web.projects;

import java.math.BigDecimal;

import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a person to one layer of the project organisation. */
public record MemberForm(@NotBlank String username, @NotNull Membership membership, @Size(max = 200) String projectRole,
		FunctionalGroup functionalGroup,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal allocation,
		Boolean chair) {

	/** A team member at 100 %. */
	static MemberForm empty() {
		return new MemberForm(null, Membership.TEAM, null, null, new BigDecimal("100"), false);
	}

	NewMember member() {
		return new NewMember(this.username == null ? null : this.username.trim(), this.membership, this.projectRole,
				this.functionalGroup, this.allocation, Boolean.TRUE.equals(this.chair));
	}

}
