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
public class MemberForm {

	@NotBlank
	private String username;

	@NotNull
	private Membership membership = Membership.TEAM;

	@Size(max = 200)
	private String projectRole;

	private FunctionalGroup functionalGroup;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal allocation = new BigDecimal("100");

	private boolean chair;

	NewMember member() {
		return new NewMember(this.username == null ? null : this.username.trim(), this.membership, this.projectRole,
				this.functionalGroup, this.allocation, this.chair);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Membership getMembership() {
		return this.membership;
	}

	public void setMembership(Membership membership) {
		this.membership = membership;
	}

	public String getProjectRole() {
		return this.projectRole;
	}

	public void setProjectRole(String projectRole) {
		this.projectRole = projectRole;
	}

	public FunctionalGroup getFunctionalGroup() {
		return this.functionalGroup;
	}

	public void setFunctionalGroup(FunctionalGroup functionalGroup) {
		this.functionalGroup = functionalGroup;
	}

	public BigDecimal getAllocation() {
		return this.allocation;
	}

	public void setAllocation(BigDecimal allocation) {
		this.allocation = allocation;
	}

	public boolean isChair() {
		return this.chair;
	}

	public void setChair(boolean chair) {
		this.chair = chair;
	}

}
