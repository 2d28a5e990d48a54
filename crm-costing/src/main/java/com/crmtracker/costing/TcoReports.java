package com.crmtracker.costing;

import java.util.List;

import com.crmtracker.costing.rules.TcoCalculator;
import com.crmtracker.project.ProjectHandle;

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

	TcoReports(CostStore store) {
		this.store = store;
	}

	public TcoReport report(ProjectHandle project) {
		return TcoCalculator.calculate(project.currency(),
				this.store.tcoSums(project.value(), CostLedger.years(project)));
	}

	/** The first lines dated after year 5, which the TCO lists apart. */
	public List<CostLineView> outsideHorizon(ProjectHandle project, int limit) {
		return this.store.outsideHorizon(project.value(), CostLedger.years(project), limit);
	}

}
