package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KpiRepository extends JpaRepository<Kpi, Long> {

	List<Kpi> findByProjectIdOrderById(long projectId);

	List<Kpi> findByProjectIdInOrderById(Collection<Long> projectIds);

	Optional<Kpi> findByIdAndProjectId(long id, long projectId);

	boolean existsByProjectIdAndNameIgnoreCase(long projectId, String name);

}
