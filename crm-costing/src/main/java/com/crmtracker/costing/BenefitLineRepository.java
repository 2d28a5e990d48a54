package com.crmtracker.costing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitLineRepository extends JpaRepository<BenefitLine, Long> {

	Optional<BenefitLine> findByIdAndProjectId(long id, long projectId);

	List<BenefitLine> findByProjectIdOrderByYearAscKindAscIdAsc(long projectId);

}
