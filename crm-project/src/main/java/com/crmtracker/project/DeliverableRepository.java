package com.crmtracker.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

	List<Deliverable> findByPhaseIdInOrderByDueDateAscIdAsc(Collection<Long> phaseIds);

	List<Deliverable> findByPhaseId(long phaseId);

	/** The open deliverables a person owns in the projects, each with its phase. */
	@Query("""
			select d, p from Deliverable d join ProjectPhase p on p.id = d.phaseId
			where d.ownerUsername = :owner and d.completedOn is null and p.projectId in :projects
			order by d.dueDate, d.id""")
	List<Object[]> findOpenOwnedBy(@Param("owner") String owner, @Param("projects") Collection<Long> projects);

	@Query("""
			select count(d) from Deliverable d join ProjectPhase p on p.id = d.phaseId
			where d.ownerUsername = :owner and d.completedOn is null and p.projectId = :project""")
	long countOpenOwnedBy(@Param("owner") String owner, @Param("project") long project);

}
