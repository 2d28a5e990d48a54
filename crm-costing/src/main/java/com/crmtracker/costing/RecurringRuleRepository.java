package com.crmtracker.costing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecurringRuleRepository extends JpaRepository<RecurringRule, Long> {

	Optional<RecurringRule> findByIdAndProjectId(long id, long projectId);

	List<RecurringRule> findByProjectIdOrderById(long projectId);

	List<RecurringRule> findBySourceLineId(long sourceLineId);

}
