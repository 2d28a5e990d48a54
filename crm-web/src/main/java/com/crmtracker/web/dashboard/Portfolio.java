package com.crmtracker.web.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.crmtracker.costing.CostStatus;
import com.crmtracker.costing.CostingPortfolio;
import com.crmtracker.costing.CostingPortfolio.ProjectMoney;
import com.crmtracker.domain.Actor;
import com.crmtracker.project.PlanStatus;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every project a user may see, one row each, composed from the plan, costing and
 * scorecard modules with a fixed number of SQL statements however many projects there
 * are.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

	private final Projects projects;

	private final ProjectPlans plans;

	private final CostingPortfolio costs;

	private final Scorecards scorecards;

	Portfolio(Projects projects, ProjectPlans plans, CostingPortfolio costs, Scorecards scorecards) {
		this.projects = projects;
		this.plans = plans;
		this.costs = costs;
		this.scorecards = scorecards;
	}

	public List<PortfolioRow> rows(Actor actor, LocalDate today, Sort sort, boolean descending) {
		List<ProjectSummary> visible = this.projects.visibleTo(actor);
		List<Long> ids = visible.stream().map(ProjectSummary::id).toList();
		Map<Long, PlanStatus> planById = this.plans.statusOf(ids, today);
		Map<Long, CostStatus> costById = this.costs.statusOf(
				visible.stream().map(p -> new ProjectMoney(p.id(), p.currency(), p.startDate())).toList(),
				schedules(planById), today);
		Map<Long, ScorecardView> scoreById = this.scorecards.scorecardsOf(ids);
		List<PortfolioRow> rows = new ArrayList<>();
		for (ProjectSummary project : visible) {
			rows.add(PortfolioRow.of(project, planById.get(project.id()), costById.get(project.id()),
					scoreById.get(project.id())));
		}
		Comparator<PortfolioRow> order = sort.comparator();
		rows.sort(descending ? order.reversed() : order);
		return rows;
	}

	/** The portfolio row of one project the actor sees. */
	public PortfolioRow rowOf(Actor actor, ProjectSummary project, LocalDate today) {
		List<Long> ids = List.of(project.id());
		Map<Long, PlanStatus> planById = this.plans.statusOf(ids, today);
		CostStatus cost = this.costs
			.statusOf(List.of(new ProjectMoney(project.id(), project.currency(), project.startDate())),
					schedules(planById), today)
			.get(project.id());
		return PortfolioRow.of(project, planById.get(project.id()), cost,
				this.scorecards.scorecardsOf(ids).get(project.id()));
	}

	private static Map<Long, List<com.crmtracker.project.PhaseSchedule>> schedules(Map<Long, PlanStatus> plans) {
		Map<Long, List<com.crmtracker.project.PhaseSchedule>> schedules = new java.util.HashMap<>();
		plans.forEach((id, plan) -> schedules.put(id, plan.schedule()));
		return schedules;
	}

	/** The columns the portfolio sorts by; rows without a value come last. */
	public enum Sort {

		NAME(Comparator.comparing((PortfolioRow r) -> r.project().name())),
		PHASE(nullsLast(r -> r.currentPhase() == null ? null : BigDecimal.valueOf(r.currentPhase().number()))),
		GATES(nullsLast(r -> BigDecimal.valueOf(r.gatesAwaiting()))),
		OVERDUE(nullsLast(r -> BigDecimal.valueOf(r.worstSlipDays()))), COST(nullsLast(r -> r.cost().costRatio())),
		TCO(nullsLast(r -> r.cost().tcoRatio())), CPI(nullsLast(r -> r.cost().earnedValue().cpi())),
		SPI(nullsLast(r -> r.cost().earnedValue().spi())), SCORE(nullsLast(r -> r.scorecard().overall()));

		private final Comparator<PortfolioRow> comparator;

		Sort(Comparator<PortfolioRow> comparator) {
			this.comparator = comparator;
		}

		Comparator<PortfolioRow> comparator() {
			return this.comparator.thenComparing(r -> r.project().name());
		}

		public static Sort parse(String name) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(name)) {
					return sort;
				}
			}
			return NAME;
		}

		private static Comparator<PortfolioRow> nullsLast(Function<PortfolioRow, BigDecimal> key) {
			return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
		}

	}

}
