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
import com.crmtracker.domain.Actor;
import com.crmtracker.project.PlanStatus;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectSummary;

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

	private final ProjectAccess access;

	private final ProjectPlans plans;

	private final CostingPortfolio costs;

	private final Scorecards scorecards;

	Portfolio(ProjectAccess access, ProjectPlans plans, CostingPortfolio costs, Scorecards scorecards) {
		this.access = access;
		this.plans = plans;
		this.costs = costs;
		this.scorecards = scorecards;
	}

	public List<PortfolioRow> rows(Actor actor, LocalDate today, Sort sort, boolean descending) {
		return rows(this.access.openVisible(actor), today, sort, descending);
	}

	/**
	 * The rows of the projects the actor sees, as {@link ProjectAccess#openVisible}
	 * opened them.
	 */
	public List<PortfolioRow> rows(List<ProjectHandle> visible, LocalDate today, Sort sort, boolean descending) {
		Map<Long, PlanStatus> planById = this.plans.statusOf(visible, today);
		Map<Long, CostStatus> costById = this.costs.statusOf(visible, schedules(planById), today);
		Map<Long, ScorecardView> scoreById = this.scorecards.scorecardsOf(visible);
		List<PortfolioRow> rows = new ArrayList<>();
		for (ProjectSummary project : visible.stream().map(ProjectHandle::project).toList()) {
			rows.add(PortfolioRow.of(project, planById.get(project.id()), costById.get(project.id()),
					scoreById.get(project.id())));
		}
		Comparator<PortfolioRow> order = sort.comparator();
		rows.sort(descending ? order.reversed() : order);
		return rows;
	}

	/** The portfolio row of one project the actor sees. */
	public PortfolioRow rowOf(ProjectHandle handle, LocalDate today) {
		List<ProjectHandle> one = List.of(handle);
		ProjectSummary project = handle.project();
		Map<Long, PlanStatus> planById = this.plans.statusOf(one, today);
		CostStatus cost = this.costs.statusOf(one, schedules(planById), today).get(project.id());
		return PortfolioRow.of(project, planById.get(project.id()), cost,
				this.scorecards.scorecardsOf(one).get(project.id()));
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
