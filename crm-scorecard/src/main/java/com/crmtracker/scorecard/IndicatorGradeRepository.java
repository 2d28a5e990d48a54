package com.crmtracker.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorGradeRepository extends JpaRepository<IndicatorGrade, Long> {

	List<IndicatorGrade> findByIndicatorIdIn(Collection<Long> indicatorIds);

	Optional<IndicatorGrade> findByIndicatorIdAndRater(long indicatorId, String rater);

}
