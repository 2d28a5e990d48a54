package com.crmtracker.costing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.ProjectHandle;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of many projects at once, for the portfolio: one SQL statement for all of
 * them, however many there are. Callers pass only projects the user may see.
 */
@Service
@Transactional(readOnly = true)
public class CostingPortfolio {

	/**
	 * Per project, kind, stage and phase: sums to date, within the horizon, and still to
	 * come.
	 */
	private static final String SUMS = """
			select c.project_id, c.kind, c.stage, c.phase,
			       coalesce(sum(c.amount), 0) as total,
			       coalesce(sum(c.amount) filter (where c.incurred_on <= ?), 0) as to_date,
			       coalesce(sum(c.amount) filter (where c.incurred_on < p.horizon_end), 0) as in_horizon,
			       coalesce(sum(c.amount) filter (where c.incurred_on > ? and c.incurred_on < p.horizon_end), 0)
			           as to_come
			from cost_line c
			join unnest(?::bigint[], ?::date[]) as p(project_id, horizon_end) on p.project_id = c.project_id
			group by c.project_id, c.kind, c.stage, c.phase""";

	private final JdbcTemplate jdbc;

	CostingPortfolio(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param projects the projects with their currency and TCO start date
	 * @param phases the phases of each project, for earned value
	 * @param today the day the status is for
	 */
	public Map<Long, CostStatus> statusOf(List<ProjectHandle> projects, Map<Long, List<PhaseSchedule>> phases,
			LocalDate today) {
		Map<Long, Accumulator> byProject = new HashMap<>();
		for (ProjectHandle project : projects) {
			byProject.put(project.value(), new Accumulator());
		}
		if (!projects.isEmpty()) {
			Long[] ids = projects.stream().map(ProjectHandle::value).toArray(Long[]::new);
			Date[] horizonEnds = projects.stream()
				.map(p -> Date.valueOf(p.startDate().plusYears(5)))
				.toArray(Date[]::new);
			this.jdbc.execute((ConnectionCallback<Void>) connection -> {
				Array idArray = connection.createArrayOf("bigint", ids);
				Array endArray = connection.createArrayOf("date", horizonEnds);
				this.jdbc.query(SUMS, rs -> {
					Accumulator sums = byProject.get(rs.getLong("project_id"));
					boolean planned = "PLANNED".equals(rs.getString("kind"));
					boolean development = "DEVELOPMENT".equals(rs.getString("stage"));
					int phase = rs.getInt("phase");
					boolean hasPhase = !rs.wasNull();
					sums.add(planned, development, hasPhase ? phase : null, rs.getBigDecimal("total"),
							rs.getBigDecimal("to_date"), rs.getBigDecimal("in_horizon"), rs.getBigDecimal("to_come"));
				}, Date.valueOf(today), Date.valueOf(today), idArray, endArray);
				return null;
			});
		}
		Map<Long, CostStatus> statuses = new HashMap<>();
		for (ProjectHandle project : projects) {
			Accumulator sums = byProject.get(project.value());
			EarnedValueResult ev = EarnedValueCalculator.at(today, phases.getOrDefault(project.value(), List.of()),
					sums.phaseBudgets, sums.actualDevelopmentToDate);
			statuses.put(project.value(), new CostStatus(project.value(), project.currency(), sums.plannedToDate,
					sums.actualToDate, sums.plannedTco, sums.forecast(), ev));
		}
		return statuses;
	}

	private static final class Accumulator {

		BigDecimal plannedToDate = BigDecimal.ZERO;

		BigDecimal actualToDate = BigDecimal.ZERO;

		BigDecimal plannedTco = BigDecimal.ZERO;

		BigDecimal actualTco = BigDecimal.ZERO;

		BigDecimal plannedToCome = BigDecimal.ZERO;

		BigDecimal actualDevelopmentToDate = BigDecimal.ZERO;

		final Map<Integer, BigDecimal> phaseBudgets = new HashMap<>();

		/**
		 * Actual cost so far, plus the planned cost still to come, plus what was planned
		 * to date but not yet booked: a plan is assumed spent until the actuals say
		 * otherwise.
		 */
		BigDecimal forecast() {
			return this.actualTco.add(this.plannedToCome)
				.add(this.plannedToDate.subtract(this.actualToDate).max(BigDecimal.ZERO));
		}

		void add(boolean planned, boolean development, Integer phase, BigDecimal total, BigDecimal toDate,
				BigDecimal inHorizon, BigDecimal toCome) {
			if (planned) {
				this.plannedToDate = this.plannedToDate.add(toDate);
				this.plannedTco = this.plannedTco.add(inHorizon);
				this.plannedToCome = this.plannedToCome.add(toCome);
				if (development && phase != null) {
					this.phaseBudgets.merge(phase, total, BigDecimal::add);
				}
			}
			else {
				this.actualToDate = this.actualToDate.add(toDate);
				this.actualTco = this.actualTco.add(inHorizon);
				if (development) {
					this.actualDevelopmentToDate = this.actualDevelopmentToDate.add(toDate);
				}
			}
		}

	}

}
