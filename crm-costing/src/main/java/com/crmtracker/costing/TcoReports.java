package com.crmtracker.costing;

import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-year TCO of a project, summed by the database and judged by
 * {@link TcoCalculator}.
 */
@Service
@Transactional(readOnly = true)
public class TcoReports {

	private final CostStore store;

	private final Projects projects;

	TcoReports(CostStore store, Projects projects) {
		this.store = store;
		this.projects = projects;
	}

	/** Not read-only: it may rebuild the summary after the project start moved. */
	@Transactional
	public TcoReport report(Actor actor, ProjectId project) {
		ProjectSummary summary = this.projects.get(actor, project);
		return TcoCalculator.calculate(summary.currency(),
				this.store.tcoSums(project.value(), CostLedger.years(summary)));
	}

	/** The first lines dated after year 5, which the TCO lists apart. */
	public List<CostLineView> outsideHorizon(Actor actor, ProjectId project, int limit) {
		ProjectSummary summary = this.projects.get(actor, project);
		return this.store.outsideHorizon(project.value(), CostLedger.years(summary), limit);
	}

}
