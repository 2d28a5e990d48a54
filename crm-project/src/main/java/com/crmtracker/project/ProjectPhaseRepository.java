package com.crmtracker.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectPhaseRepository extends JpaRepository<ProjectPhase, Long> {

	List<ProjectPhase> findByProjectIdOrderByNumber(long projectId);

	Optional<ProjectPhase> findByProjectIdAndNumber(long projectId, int number);

	boolean existsByProjectId(long projectId);

}
