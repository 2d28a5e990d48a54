package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

	List<Measurement> findByKpiIdInAndSupersededAtIsNull(Collection<Long> kpiIds);

	List<Measurement> findByKpiIdOrderByPeriodAscEnteredAtAsc(long kpiId);

	Optional<Measurement> findByKpiIdAndPeriodAndSupersededAtIsNull(long kpiId, String period);

	boolean existsByKpiId(long kpiId);

}
