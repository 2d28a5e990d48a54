package com.crmtracker.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectPhaseRepository extends JpaRepository<ProjectPhase, Long> {

	List<ProjectPhase> findByProjectIdOrderByNumber(long projectId);

	List<ProjectPhase> findByProjectIdInOrderByProjectIdAscNumberAsc(Collection<Long> projectIds);

	Optional<ProjectPhase> findByProjectIdAndNumber(long projectId, int number);

	boolean existsByProjectId(long projectId);

}
