package com.crmtracker.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

	List<Deliverable> findByPhaseIdInOrderByDueDateAscIdAsc(Collection<Long> phaseIds);

	List<Deliverable> findByPhaseId(long phaseId);

}
