package com.crmtracker.web.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.Period;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.scorecard.RankingView;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.Scorecards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A living scorecard for the demo project: library KPIs in all four perspectives with
 * four quarters of measurements (one of them corrected), perspective weights adopted from
 * the second, agreeing round of a ranking, and two graded qualitative indicators. Runs
 * once, while the demo project has no KPI.
 */
@Component
@Order(12)
class ScorecardDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScorecardDemoData.class);

	private static final Actor DIRECTOR = new Actor("director", Set.of(Role.DIRECTOR));

	private static final Actor STEERING = new Actor("steering", Set.of(Role.STEERING));

	private final StartupUsers.DemoMode demoMode;

	private final ProjectAccess access;

	private final Clock clock;

	private final Scorecards scorecards;

	private final Rankings rankings;

	private final QualitativeEvaluation qualitative;

	ScorecardDemoData(StartupUsers.DemoMode demoMode, ProjectAccess access, Clock clock, Scorecards scorecards,
			Rankings rankings, QualitativeEvaluation qualitative) {
		this.demoMode = demoMode;
		this.access = access;
		this.clock = clock;
		this.scorecards = scorecards;
		this.rankings = rankings;
		this.qualitative = qualitative;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.on()) {
			return;
		}
		ProjectHandle project = this.access.openVisible(DIRECTOR)
			.stream()
			.filter(p -> p.project().name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElse(null);
		if (project == null || !this.scorecards.kpis(project).isEmpty()) {
			return;
		}
		ProjectHandle steering = this.access.open(STEERING, project.id());
		Period last = lastCompletedQuarter();
		List<Period> quarters = List.of(last.previous().previous().previous(), last.previous().previous(),
				last.previous(), last);

		KpiView growth = kpi(project, "SALES_GROWTH", "5", "15", "2");
		amounts(project, growth, quarters, "8000000", "8400000", "9100000", "10200000");
		KpiView plan = kpi(project, "SALES_PLAN_ATTAINMENT", "80", "100", "1");
		ratios(project, plan, quarters, "7600000/9000000", "8400000/9000000", "9100000/9500000", "10200000/10000000");
		KpiView satisfaction = kpi(project, "CUSTOMER_SATISFACTION", "72", "90", "2");
		values(project, satisfaction, quarters, "71", "74", "79", "84");
		KpiView complaints = kpi(project, "COMPLAINT_RATE", "4", "1.5", "1");
		ratios(project, complaints, quarters, "41/980", "38/1000", "30/1040", "22/1100");
		KpiView response = kpi(project, "SERVICE_RESPONSE_TIME", "36", "12", "1");
		values(project, response, quarters, "34", "30", "22", "16");
		KpiView completeness = kpi(project, "RECORD_COMPLETENESS", "60", "95", "1");
		ratios(project, completeness, quarters, "600/980", "640/1000", "720/1040", "790/1100");
		KpiView usage = kpi(project, "CRM_USAGE_RATE", "40", "90", "2");
		ratios(project, usage, quarters, "30/120", "45/120", "70/120", "96/125");
		KpiView training = kpi(project, "TRAINING_HOURS_PER_USER", "4", "16", "1");
		ratios(project, training, quarters, "240/120", "480/120", "900/120", "1300/125");
		// a correction: the first count of the latest usage was too low; the old entry
		// stays
		// on record
		this.scorecards.record(project, usage.id(),
				new MeasurementInput(last.toString(), null, new BigDecimal("96"), new BigDecimal("125"), null));

		RankingView ranking = this.rankings.open(project, Rankings.PERSPECTIVES, null);
		// round 1: the experts disagree (W = 0.2)
		this.rankings.submit(project, ranking.id(), null,
				Map.of("FINANCIAL", 1, "CUSTOMER", 2, "INTERNAL_PROCESS", 3, "LEARNING_GROWTH", 4));
		this.rankings.submit(steering, ranking.id(), null,
				Map.of("FINANCIAL", 3, "CUSTOMER", 4, "INTERNAL_PROCESS", 1, "LEARNING_GROWTH", 2));
		this.rankings.nextRound(project, ranking.id());
		// round 2, having seen the mean ranks: W = 0.9, weights 0.4, 0.25, 0.25, 0.1
		this.rankings.submit(project, ranking.id(), null,
				Map.of("FINANCIAL", 1, "CUSTOMER", 2, "INTERNAL_PROCESS", 3, "LEARNING_GROWTH", 4));
		this.rankings.submit(steering, ranking.id(), null,
				Map.of("FINANCIAL", 1, "CUSTOMER", 3, "INTERNAL_PROCESS", 2, "LEARNING_GROWTH", 4));
		this.rankings.adopt(project, ranking.id(), 2);

		long daily = this.qualitative.addIndicator(project,
				new IndicatorDraft(Perspective.LEARNING_GROWTH, "销售人员每天使用 CRM (sales staff use the CRM daily)",
						"Judged from the key users' reports and spot checks of activity records.", BigDecimal.ONE));
		this.qualitative.grade(project, daily, Grade.GOOD);
		this.qualitative.grade(steering, daily, Grade.FAIR);
		long reports = this.qualitative.addIndicator(project, new IndicatorDraft(Perspective.INTERNAL_PROCESS,
				"管理层在例会上使用 CRM 报表 (management uses CRM reports in meetings)", null, BigDecimal.ONE));
		this.qualitative.grade(project, reports, Grade.EXCELLENT);
		this.qualitative.grade(steering, reports, Grade.GOOD);
		log.info("Demo scorecard created for project {}", project.value());
	}

	private KpiView kpi(ProjectHandle project, String code, String baseline, String target, String weight) {
		return this.scorecards.addFromLibrary(project, code, new BigDecimal(baseline), new BigDecimal(target),
				new BigDecimal(weight), PeriodType.QUARTER);
	}

	private void values(ProjectHandle project, KpiView kpi, List<Period> quarters, String... values) {
		for (int i = 0; i < values.length; i++) {
			this.scorecards.record(project, kpi.id(),
					new MeasurementInput(quarters.get(i).toString(), new BigDecimal(values[i]), null, null, null));
		}
	}

	private void amounts(ProjectHandle project, KpiView kpi, List<Period> quarters, String... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			this.scorecards.record(project, kpi.id(),
					new MeasurementInput(quarters.get(i).toString(), null, null, null, new BigDecimal(amounts[i])));
		}
	}

	private void ratios(ProjectHandle project, KpiView kpi, List<Period> quarters, String... ratios) {
		for (int i = 0; i < ratios.length; i++) {
			String[] parts = ratios[i].split("/");
			// the latest usage count is entered too low first and corrected afterwards
			BigDecimal numerator = new BigDecimal(parts[0]);
			if (kpi.libraryCode().equals("CRM_USAGE_RATE") && i == ratios.length - 1) {
				numerator = new BigDecimal("86");
			}
			this.scorecards.record(project, kpi.id(),
					new MeasurementInput(quarters.get(i).toString(), null, numerator, new BigDecimal(parts[1]), null));
		}
	}

	private Period lastCompletedQuarter() {
		LocalDate today = LocalDate.now(this.clock);
		return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
	}

}
