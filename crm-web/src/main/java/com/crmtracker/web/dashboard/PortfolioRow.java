package com.crmtracker.web.dashboard;

import java.math.BigDecimal;

import com.crmtracker.costing.CostStatus;
import com.crmtracker.project.GoLiveRisk;
import com.crmtracker.project.PhaseLine;
import com.crmtracker.project.PlanStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.scorecard.ScorecardView;

/**
 * One project in the portfolio: where its plan, money and scorecard stand, each with a
 * mark. The marks' rules: gates waiting are amber; an overdue deliverable is amber up to
 * 14 days of slip and red beyond; cost to date and the five-year TCO forecast are green
 * up to plan, amber up to 10% over and red beyond; CPI and SPI are green from 0.95, amber
 * from 0.85; the scorecard uses the project's own thresholds; a go-live phase planned to
 * end after the planned go-live is red.
 */
public record PortfolioRow(ProjectSummary project, PhaseLine currentPhase, int gatesAwaiting, int overdue,
		long worstSlipDays, GoLiveRisk goLiveRisk, CostStatus cost, ScorecardView scorecard) {

	static PortfolioRow of(ProjectSummary project, PlanStatus plan, CostStatus cost, ScorecardView scorecard) {
		return new PortfolioRow(project, plan.currentPhase(), plan.gatesAwaiting(), plan.overdue(),
				plan.worstSlipDays(), plan.goLiveRisk(), cost, scorecard);
	}

	/** Red when the go-live phase is planned to end after the planned go-live. */
	public Mark goLiveMark() {
		return this.goLiveRisk == null ? Mark.GREEN : Mark.RED;
	}

	public Mark gatesMark() {
		return this.gatesAwaiting > 0 ? Mark.AMBER : Mark.GREEN;
	}

	public Mark overdueMark() {
		if (this.overdue == 0) {
			return Mark.GREEN;
		}
		return this.worstSlipDays > 14 ? Mark.RED : Mark.AMBER;
	}

	public Mark costMark() {
		return Mark.atMost(this.cost.costRatio(), "1.00", "1.10");
	}

	public Mark tcoMark() {
		return Mark.atMost(this.cost.tcoRatio(), "1.00", "1.10");
	}

	public Mark cpiMark() {
		return Mark.atLeast(this.cost.earnedValue().cpi(), "0.95", "0.85");
	}

	public Mark spiMark() {
		return Mark.atLeast(this.cost.earnedValue().spi(), "0.95", "0.85");
	}

	public Mark scoreMark() {
		if (this.scorecard.overall() == null) {
			return Mark.NONE;
		}
		return Mark.valueOf(this.scorecard.status().name());
	}

	/** The worst mark of the row, for a glance. */
	public Mark overallMark() {
		return Mark.worst(overdueMark(), goLiveMark(), costMark(), tcoMark(), cpiMark(), spiMark(), scoreMark());
	}

	public BigDecimal progress() {
		return this.currentPhase == null ? BigDecimal.ZERO : this.currentPhase.progress();
	}

}
