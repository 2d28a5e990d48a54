package com.crmtracker.scorecard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByProjectIdOrderById(long projectId);

	Optional<Indicator> findByIdAndProjectId(long id, long projectId);

	boolean existsByProjectIdAndNameIgnoreCase(long projectId, String name);

}
