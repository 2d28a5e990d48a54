package com.crmtracker.project;

import java.util.List;

import com.crmtracker.domain.ProjectId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans of projects: phases, deliverables, gates and baselines. */
@Service
@Transactional(readOnly = true)
public class ProjectPlans {

	/**
	 * The phases of a project in order, for other modules; callers check access
	 * themselves. (The plan issue fills this in; until then a project has no phases.)
	 */
	public List<PhaseSchedule> schedule(ProjectId project) {
		return List.of();
	}

}
