package com.crmtracker.costing;

import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.project.ProjectRescheduled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a project's start moves, its TCO years move with it: the lines of its recurring
 * rules are dated on the first days of the new years and the cost summary is rebuilt, in
 * the transaction that moved the start (the listener runs synchronously, inside it).
 */
@Component
class ProjectRescheduling {

	private final CostSummary summary;

	ProjectRescheduling(CostSummary summary) {
		this.summary = summary;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ProjectRescheduled rescheduled) {
		this.summary.rebuild(rescheduled.project().value(), new TcoYears(rescheduled.newStart()));
	}

}
