package com.crmtracker.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	List<Project> findAllByOrderByName();

	@Query("""
			select p from Project p
			where p.id in (select m.projectId from ProjectMember m where m.username = :username)
			order by p.name""")
	List<Project> findForMember(String username);

}
