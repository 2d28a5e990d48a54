package com.crmtracker.costing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CostLineRepository extends JpaRepository<CostLine, Long> {

	Optional<CostLine> findByIdAndProjectId(long id, long projectId);

}
