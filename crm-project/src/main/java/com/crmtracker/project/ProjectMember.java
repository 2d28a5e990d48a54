package com.crmtracker.project;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "project_member")
class ProjectMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false, updatable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Membership membership;

	@Column(name = "project_role")
	private String projectRole;

	@Column(name = "project_role_zh")
	private String projectRoleZh;

	@Enumerated(EnumType.STRING)
	@Column(name = "functional_group")
	private FunctionalGroup functionalGroup;

	@Column(nullable = false, precision = 5, scale = 2)
	private BigDecimal allocation;

	@Column(nullable = false)
	private boolean chair;

	@Version
	private long version;

	protected ProjectMember() {
	}

	ProjectMember(long projectId, NewMember member) {
		this.projectId = projectId;
		this.username = member.username();
		this.membership = member.membership();
		this.projectRole = member.projectRole();
		this.projectRoleZh = member.projectRoleZh();
		this.functionalGroup = member.functionalGroup();
		this.allocation = member.allocation();
		this.chair = member.chair();
	}

	Long id() {
		return this.id;
	}

	long projectId() {
		return this.projectId;
	}

	String username() {
		return this.username;
	}

	Membership membership() {
		return this.membership;
	}

	MemberView view(String displayName) {
		return new MemberView(this.id, this.username, displayName, this.membership, this.projectRole,
				this.projectRoleZh, this.functionalGroup, this.allocation, this.chair);
	}

}
