package com.crmtracker.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.crmtracker.costing.EarnedValueReport;
import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.costing.EarnedValues;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoReports;
import com.crmtracker.costing.TcoWarning;
import com.crmtracker.project.MemberView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.web.chart.Chart;
import com.crmtracker.web.chart.Charts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Everything the steering committee looks at for one project, composed from the plan,
 * costing and scorecard modules; shared by the dashboard page and the board pack.
 */
@Component
class ProjectDashboard {

	private final Projects projects;

	private final ProjectPlans plans;

	private final TcoReports tco;

	private final EarnedValues earnedValues;

	private final Scorecards scorecards;

	private final MessageSource messages;

	ProjectDashboard(Projects projects, ProjectPlans plans, TcoReports tco, EarnedValues earnedValues,
			Scorecards scorecards, MessageSource messages) {
		this.projects = projects;
		this.plans = plans;
		this.tco = tco;
		this.earnedValues = earnedValues;
		this.scorecards = scorecards;
		this.messages = messages;
	}

	View of(ProjectHandle handle, LocalDate today, Locale locale) {
		ProjectSummary project = handle.project();
		ProjectPlan plan = this.plans.plan(handle);
		TcoReport tcoReport = this.tco.report(handle);
		EarnedValueReport ev = this.earnedValues.report(handle, today, plan.status().schedule());
		ScorecardView scorecard = this.scorecards.scorecard(handle);
		List<MemberView> belowRule = this.projects.organisation(handle).belowAllocationRule();
		List<String> warnings = new ArrayList<>();
		for (TcoWarning warning : tcoReport.warnings()) {
			warnings.add(warningText(warning, locale));
		}
		for (MemberView member : belowRule) {
			warnings.add(this.messages.getMessage("org.allocationBelow." + member.membership(),
					new Object[] { member.displayName(), member.allocation() }, locale));
		}
		return new View(project, plan, Charts.timeline(plan, null, locale), Charts.plannedTco(tcoReport), tcoReport,
				ev.result(), Charts.sCurve("dashboard-ev-chart", ev.curve()), scorecard,
				Charts.perspectives("dashboard-scorecard-chart", scorecard.perspectives(), scorecard.thresholds()),
				warnings, plan.awaitingGate(), handle.may(ProjectRight.DECIDE_GATES));
	}

	/** The TCO page's wording of a warning, in the reader's language. */
	private String warningText(TcoWarning warning, Locale locale) {
		if (warning.code().startsWith("NO_PLANNED_")) {
			String driver = this.messages.getMessage("cost.driver." + warning.arguments().get(0), null,
					String.valueOf(warning.arguments().get(0)), locale);
			return this.messages.getMessage("tco.warning.NO_PLANNED", new Object[] { driver }, warning.message(),
					locale);
		}
		return this.messages.getMessage("tco.warning." + warning.code(), warning.arguments().toArray(),
				warning.message(), locale);
	}

	/** The dashboard of one project. */
	record View(ProjectSummary project, ProjectPlan plan, Chart timeline, Chart tcoChart, TcoReport tco,
			EarnedValueResult earnedValue, Chart sCurve, ScorecardView scorecard, Chart perspectiveChart,
			List<String> warnings, List<PhaseView> awaitingGates, boolean mayDecide) {
	}

}
