package com.crmtracker.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

	List<ProjectMember> findByProjectIdOrderById(long projectId);

	boolean existsByProjectIdAndUsernameAndMembership(long projectId, String username, Membership membership);

	boolean existsByProjectIdAndUsername(long projectId, String username);

	List<ProjectMember> findByUsernameAndMembership(String username, Membership membership);

	List<ProjectMember> findByUsername(String username);

	List<ProjectMember> findByProjectIdAndUsername(long projectId, String username);

}
