package com.crmtracker.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateRecordRepository extends JpaRepository<GateRecord, Long> {

	List<GateRecord> findByPhaseIdInOrderByDecidedAtAscIdAsc(Collection<Long> phaseIds);

}
