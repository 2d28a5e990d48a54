package com.crmtracker.costing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.crmtracker.costing.rules.RecurringPlan;
import com.crmtracker.costing.rules.TcoYears;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger summed by kind, category, stage, TCO year, driver and purpose
 * ({@code cost_summary}, for the TCO and the ledger's totals) and by month, TCO year,
 * kind, stage and phase ({@code cost_month_summary}, for the cost to date, the phase
 * budgets and the actual cost by month) and by day, kind and stage
 * ({@code cost_day_summary}, for the days of the current month), kept in the same
 * transaction as the lines: every write adds its delta, so reading the TCO or a portfolio
 * costs a few thousand rows a project at most, however long the ledgers. The one place
 * that writes either summary. The summary is valid for one project start date (recorded
 * in {@code cost_summary_state}); when the start moves, {@link ProjectRescheduling}
 * rebuilds it in the transaction that moved it. Reads never write: a summary that is not
 * (yet) for the project's start, as an old database may hold, is answered by summing the
 * lines themselves, with the same SQL a rebuild uses. An advisory lock per project keeps
 * a rebuild from interleaving with writes (writes share it, a rebuild takes it alone).
 */
@Component
class CostSummary {

	private final JdbcTemplate jdbc;

	CostSummary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The key of a summary row. */
	record Key(CostKind kind, CostCategory category, LifecycleStage stage, int year, HiddenCostDriver driver,
			CostPurpose purpose) {

		static Key of(CostLineDraft line, TcoYears years) {
			return new Key(line.kind(), line.category(), line.stage(), years.yearOf(line.incurredOn()), line.driver(),
					line.purpose());
		}

	}

	/**
	 * Called by every write first, before it changes a line: takes the project's lock for
	 * writing and makes the summary current for the start date, so that the write's
	 * deltas land on a summary that is right.
	 */
	void prepare(long projectId, TcoYears years) {
		this.jdbc.queryForList("select pg_advisory_xact_lock_shared(?, ?)", LOCK_SPACE, (int) projectId);
		if (!isCurrent(projectId, years)) {
			rebuild(projectId, years);
		}
	}

	/**
	 * Adds lines (sign 1) or takes them away (sign −1), in the caller's transaction,
	 * which has called {@link #prepare} first.
	 */
	void add(long projectId, TcoYears years, List<CostLineDraft> lines, int sign) {
		if (lines.isEmpty()) {
			return;
		}
		Map<Key, BigDecimal> amounts = new HashMap<>();
		Map<Key, Long> counts = new HashMap<>();
		for (CostLineDraft line : lines) {
			Key key = Key.of(line, years);
			amounts.merge(key, sign < 0 ? line.amount().negate() : line.amount(), BigDecimal::add);
			counts.merge(key, (long) sign, Long::sum);
		}
		this.jdbc.batchUpdate("insert into cost_summary (project_id, kind, category, stage, tco_year, driver, purpose, "
				+ "amount, lines) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (project_id, kind, category, stage, "
				+ "tco_year, driver, purpose) do update set amount = cost_summary.amount + excluded.amount, "
				+ "lines = cost_summary.lines + excluded.lines", List.copyOf(amounts.keySet()), amounts.size(),
				(ps, key) -> {
					ps.setLong(1, projectId);
					ps.setString(2, key.kind().name());
					ps.setString(3, key.category().name());
					ps.setString(4, key.stage().name());
					ps.setInt(5, key.year());
					ps.setString(6, key.driver() == null ? "" : key.driver().name());
					ps.setString(7, key.purpose() == null ? "" : key.purpose().name());
					ps.setBigDecimal(8, amounts.get(key));
					ps.setLong(9, counts.get(key));
				});
		Map<MonthKey, BigDecimal> monthAmounts = new HashMap<>();
		Map<MonthKey, Long> monthCounts = new HashMap<>();
		for (CostLineDraft line : lines) {
			MonthKey key = MonthKey.of(line, years);
			monthAmounts.merge(key, sign < 0 ? line.amount().negate() : line.amount(), BigDecimal::add);
			monthCounts.merge(key, (long) sign, Long::sum);
		}
		this.jdbc
			.batchUpdate("insert into cost_month_summary (project_id, month, tco_year, kind, stage, phase, amount, "
					+ "lines) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (project_id, month, tco_year, kind, stage, phase) "
					+ "do update set amount = cost_month_summary.amount + excluded.amount, "
					+ "lines = cost_month_summary.lines + excluded.lines", List.copyOf(monthAmounts.keySet()),
					monthAmounts.size(), (ps, key) -> {
						ps.setLong(1, projectId);
						ps.setDate(2, Date.valueOf(key.month()));
						ps.setInt(3, key.year());
						ps.setString(4, key.kind().name());
						ps.setString(5, key.stage().name());
						ps.setInt(6, key.phase());
						ps.setBigDecimal(7, monthAmounts.get(key));
						ps.setLong(8, monthCounts.get(key));
					});
		Map<DayKey, BigDecimal> dayAmounts = new HashMap<>();
		Map<DayKey, Long> dayCounts = new HashMap<>();
		for (CostLineDraft line : lines) {
			DayKey key = new DayKey(line.incurredOn(), line.kind(), line.stage());
			dayAmounts.merge(key, sign < 0 ? line.amount().negate() : line.amount(), BigDecimal::add);
			dayCounts.merge(key, (long) sign, Long::sum);
		}
		this.jdbc.batchUpdate(
				"insert into cost_day_summary (project_id, day, tco_year, kind, stage, amount, lines) "
						+ "values (?, ?, ?, ?, ?, ?, ?) on conflict (project_id, day, kind, stage) "
						+ "do update set amount = cost_day_summary.amount + excluded.amount, "
						+ "lines = cost_day_summary.lines + excluded.lines",
				List.copyOf(dayAmounts.keySet()), dayAmounts.size(), (ps, key) -> {
					ps.setLong(1, projectId);
					ps.setDate(2, Date.valueOf(key.day()));
					ps.setInt(3, years.yearOf(key.day()));
					ps.setString(4, key.kind().name());
					ps.setString(5, key.stage().name());
					ps.setBigDecimal(6, dayAmounts.get(key));
					ps.setLong(7, dayCounts.get(key));
				});
	}

	/** The key of a day summary row (its TCO year follows from the day). */
	record DayKey(LocalDate day, CostKind kind, LifecycleStage stage) {
	}

	/** The key of a month summary row; phase 0 for a line without a phase. */
	record MonthKey(LocalDate month, int year, CostKind kind, LifecycleStage stage, int phase) {

		static MonthKey of(CostLineDraft line, TcoYears years) {
			return new MonthKey(line.incurredOn().withDayOfMonth(1), years.yearOf(line.incurredOn()), line.kind(),
					line.stage(), line.phase() == null ? 0 : line.phase());
		}

	}

	/**
	 * Adds the lines of an import (sign 1) or takes them away (sign −1) with one grouped
	 * statement over the lines that point at it, in the caller's transaction, which has
	 * called {@link #prepare} first.
	 */
	void addImport(long projectId, TcoYears years, long importId, int sign) {
		addLines(projectId, years, sign, "cost_line where import_id = ?", importId);
	}

	/** The sums the TCO is computed from. Read-only. */
	List<CostSum> sums(long projectId, TcoYears years) {
		return sums(Map.of(projectId, years)).get(projectId);
	}

	/**
	 * The sums of many projects at once (an empty list for a project without lines), in
	 * two statements however many projects there are. Read-only.
	 */
	Map<Long, List<CostSum>> sums(Map<Long, TcoYears> projects) {
		Map<Long, List<CostSum>> sums = new HashMap<>();
		List<Long> current = new ArrayList<>();
		Map<Long, LocalStart> states = states(projects.keySet());
		for (Map.Entry<Long, TcoYears> project : projects.entrySet()) {
			sums.put(project.getKey(), new ArrayList<>());
			if (projects.get(project.getKey()).start().equals(states.get(project.getKey()).start())) {
				current.add(project.getKey());
			}
			else {
				// not for this start (an old database): the lines summed on the spot
				List<Object> args = new ArrayList<>(yearBoundaries(project.getValue()));
				args.add(project.getKey());
				this.jdbc.query(FROM_LINES_SELECT + " from cost_line where project_id = ? " + FROM_LINES_GROUP, rs -> {
					sums.get(project.getKey()).add(sum(rs, 2));
				}, prepend(project.getKey(), args));
			}
		}
		if (!current.isEmpty()) {
			this.jdbc.execute((ConnectionCallback<Void>) connection -> {
				Array ids = connection.createArrayOf("bigint", current.toArray(Long[]::new));
				this.jdbc.query(
						"select project_id, kind, category, stage, tco_year, driver, purpose, amount from cost_summary "
								+ "where project_id = any(?) and lines <> 0",
						rs -> {
							sums.get(rs.getLong(1)).add(sum(rs, 2));
						}, ids);
				return null;
			});
		}
		return sums;
	}

	/**
	 * The lines dated on or before a day summed by the summary's key, with the year of
	 * each line by the given start (the same SQL as a rebuild). Read-only.
	 */
	List<CostSum> sumsUpTo(long projectId, TcoYears years, java.time.LocalDate day) {
		List<Object> args = new ArrayList<>(yearBoundaries(years));
		args.add(projectId);
		args.add(Date.valueOf(day));
		List<CostSum> sums = new ArrayList<>();
		this.jdbc.query(
				FROM_LINES_SELECT + " from cost_line where project_id = ? and incurred_on <= ? " + FROM_LINES_GROUP,
				rs -> {
					sums.add(sum(rs, 2));
				}, prepend(projectId, args));
		return sums;
	}

	/**
	 * Number of lines and their total for a filter on kind, category and year only; null
	 * when the summary is not for the project's start. Read-only.
	 */
	Totals totals(long projectId, TcoYears years, CostFilter filter) {
		if (!isCurrent(projectId, years)) {
			return null;
		}
		StringBuilder sql = new StringBuilder(
				"select coalesce(sum(lines), 0), " + KIND_SUMS + " from cost_summary where project_id = ?");
		List<Object> args = new ArrayList<>(List.of(projectId));
		if (filter.kind() != null) {
			sql.append(" and kind = ?");
			args.add(filter.kind().name());
		}
		if (filter.category() != null) {
			sql.append(" and category = ?");
			args.add(filter.category().name());
		}
		if (filter.year() != null) {
			sql.append(" and tco_year = ?");
			args.add(filter.year());
		}
		return this.jdbc.queryForObject(sql.toString(),
				(rs, n) -> new Totals(rs.getLong(1), rs.getBigDecimal(2).setScale(2), rs.getBigDecimal(3).setScale(2)),
				args.toArray());
	}

	/**
	 * What was planned and spent on or before a day.
	 *
	 * @param planned planned cost dated on or before the day
	 * @param actual actual cost dated on or before the day
	 * @param plannedInHorizon planned cost dated on or before the day and within the five
	 * TCO years
	 * @param actualDevelopment actual DEVELOPMENT cost dated on or before the day: the AC
	 * of earned value
	 */
	record ToDate(BigDecimal planned, BigDecimal actual, BigDecimal plannedInHorizon, BigDecimal actualDevelopment) {

		static final ToDate NOTHING = new ToDate(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

	}

	/**
	 * The sums to a day of many projects in one statement: the months before the day's
	 * month from the month summary, the days of its month up to the day from the day
	 * summary. Read-only.
	 */
	Map<Long, ToDate> toDate(Map<Long, TcoYears> projects, LocalDate day) {
		Map<Long, ToDate> sums = new HashMap<>();
		for (Long id : projects.keySet()) {
			sums.put(id, ToDate.NOTHING);
		}
		months(projects, day, """
				select project_id,
				       coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
				       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0),
				       coalesce(sum(amount) filter (where kind = 'PLANNED' and in_horizon), 0),
				       coalesce(sum(amount) filter (where kind = 'ACTUAL' and stage = 'DEVELOPMENT'), 0)
				from m group by project_id""", rs -> {
			sums.put(rs.getLong(1),
					new ToDate(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
		});
		return sums;
	}

	/**
	 * Planned DEVELOPMENT cost by phase number, the phase budgets of earned value, of
	 * many projects in one statement (an empty map for a project without any). Read-only.
	 */
	Map<Long, Map<Integer, BigDecimal>> phaseBudgets(Map<Long, TcoYears> projects) {
		Map<Long, Map<Integer, BigDecimal>> budgets = new HashMap<>();
		for (Long id : projects.keySet()) {
			budgets.put(id, new HashMap<>());
		}
		months(projects, null, """
				select project_id, phase, sum(amount) from m
				where kind = 'PLANNED' and stage = 'DEVELOPMENT' and phase <> 0
				group by project_id, phase having sum(lines) <> 0""", rs -> {
			budgets.get(rs.getLong(1)).put(rs.getInt(2), rs.getBigDecimal(3));
		});
		return budgets;
	}

	/** Actual DEVELOPMENT cost by month (first day of the month), in order. Read-only. */
	Map<LocalDate, BigDecimal> actualDevelopmentByMonth(long projectId, TcoYears years) {
		Map<LocalDate, BigDecimal> byMonth = new java.util.TreeMap<>();
		months(Map.of(projectId, years), null, """
				select month, sum(amount) from m where kind = 'ACTUAL' and stage = 'DEVELOPMENT'
				group by month having sum(lines) <> 0""", rs -> {
			byMonth.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
		});
		return byMonth;
	}

	/**
	 * Runs a query over {@code m(project_id, month, in_horizon, kind, stage, phase,
	 * amount, lines)}: the month summary of each project up to a day (all of it when
	 * null), the days of the day's month from the day summary (phase 0: a query by phase
	 * reads all months), never a line; only a project whose summary is not for its start
	 * (an old database) is summed from its lines, as {@link #sums} does.
	 */
	private void months(Map<Long, TcoYears> projects, LocalDate day, String query, RowCallbackHandler rows) {
		if (projects.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(projects.keySet());
		LocalDate until = day == null ? LocalDate.of(9999, 12, 31) : day;
		// the months before the day's month from the month summary, the days of its month
		// up to the day from the day summary
		LocalDate from = day == null ? until : day.withDayOfMonth(1);
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			Array idArray = connection.createArrayOf("bigint", ids.toArray(Long[]::new));
			Array startArray = connection.createArrayOf("date",
					ids.stream().map(id -> Date.valueOf(projects.get(id).start())).toArray(Date[]::new));
			Array endArray = connection.createArrayOf("date",
					ids.stream()
						.map(id -> Date.valueOf(projects.get(id).firstDayOf(TcoYears.OUTSIDE)))
						.toArray(Date[]::new));
			this.jdbc.query("""
					with p as (
					  select p.project_id, p.horizon_end, coalesce(s.start_date = p.start, false) as current
					  from unnest(?::bigint[], ?::date[], ?::date[]) as p(project_id, start, horizon_end)
					  left join cost_summary_state s on s.project_id = p.project_id),
					m as (
					  select m.project_id, m.month, m.tco_year <= 5 as in_horizon, m.kind, m.stage, m.phase,
					         m.amount, m.lines
					  from cost_month_summary m join p on p.project_id = m.project_id and p.current
					  where m.month < ?
					  union all
					  select d.project_id, date_trunc('month', d.day)::date, d.tco_year <= 5, d.kind, d.stage, 0,
					         d.amount, d.lines
					  from cost_day_summary d join p on p.project_id = d.project_id and p.current
					  where d.day >= ? and d.day <= ?
					  union all
					  select c.project_id, date_trunc('month', c.incurred_on)::date, c.incurred_on < p.horizon_end,
					         c.kind, c.stage, coalesce(c.phase, 0), c.amount, 1
					  from cost_line c join p on p.project_id = c.project_id and not p.current
					  where c.incurred_on <= ?)
					""" + query, rows, idArray, startArray, endArray, Date.valueOf(from), Date.valueOf(from),
					Date.valueOf(until), Date.valueOf(until));
			return null;
		});
	}

	/** The planned and the actual total of the selected rows, apart. */
	static final String KIND_SUMS = "coalesce(sum(amount) filter (where kind = 'PLANNED'), 0), "
			+ "coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0)";

	/** The number of lines and their planned and actual totals, never one sum of both. */
	record Totals(long lines, BigDecimal planned, BigDecimal actual) {
	}

	/** Whether the summary answers a filter (it knows no phases and no vendors). */
	static boolean answers(CostFilter filter) {
		return filter.phase() == null && (filter.vendor() == null || filter.vendor().isBlank())
				&& (filter.search() == null || filter.search().isBlank());
	}

	/**
	 * Dates the lines of recurring rules by the given start and rebuilds the summary from
	 * the lines, in the caller's (writing) transaction.
	 */
	void rebuild(long projectId, TcoYears years) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_SPACE, (int) projectId);
		regenerateRules(projectId, years);
		this.jdbc.update("delete from cost_summary where project_id = ?", projectId);
		this.jdbc.update("delete from cost_month_summary where project_id = ?", projectId);
		this.jdbc.update("delete from cost_day_summary where project_id = ?", projectId);
		addLines(projectId, years, 1, "cost_line where project_id = ?", projectId);
		this.jdbc.update(
				"insert into cost_summary_state (project_id, start_date) values (?, ?) "
						+ "on conflict (project_id) do update set start_date = excluded.start_date",
				projectId, Date.valueOf(years.start()));
	}

	/**
	 * Adds the stored lines a source selects to both summaries (sign 1) or takes them
	 * away (sign −1), with one grouped statement each, in the caller's transaction (which
	 * has called {@link #prepare}): for a rebuild, or for lines written or deleted in
	 * bulk (an import and its undo). The source is our own SQL, never user input: a table
	 * with the columns of {@code cost_line} and a condition, e.g.
	 * {@code "cost_line where project_id = ?"}, its parameters after it.
	 */
	void addLines(long projectId, TcoYears years, int sign, String source, Object... sourceArgs) {
		// in the order of the placeholders: project, the years' first days, sign, sign,
		// the source's
		List<Object> args = new ArrayList<>();
		args.add(projectId);
		args.addAll(yearBoundaries(years));
		args.add(sign);
		args.add(sign);
		args.addAll(List.of(sourceArgs));
		this.jdbc.update("insert into cost_summary (project_id, kind, category, stage, tco_year, driver, purpose, "
				+ "amount, lines) select ?::bigint, kind, category, stage, " + YEAR_OF_LINE
				+ ", coalesce(driver, ''), coalesce(purpose, ''), ? * sum(amount), ? * count(*) from " + source
				+ " group by 2, 3, 4, 5, 6, 7 on conflict (project_id, kind, category, stage, tco_year, driver, purpose) "
				+ "do update set amount = cost_summary.amount + excluded.amount, "
				+ "lines = cost_summary.lines + excluded.lines", args.toArray());
		this.jdbc.update("insert into cost_month_summary (project_id, month, tco_year, kind, stage, phase, amount, "
				+ "lines) select ?::bigint, date_trunc('month', incurred_on)::date, " + YEAR_OF_LINE
				+ ", kind, stage, coalesce(phase, 0), ? * sum(amount), ? * count(*) from " + source
				+ " group by 2, 3, 4, 5, 6 on conflict (project_id, month, tco_year, kind, stage, phase) "
				+ "do update set amount = cost_month_summary.amount + excluded.amount, "
				+ "lines = cost_month_summary.lines + excluded.lines", args.toArray());
		this.jdbc.update("insert into cost_day_summary (project_id, day, tco_year, kind, stage, amount, lines) "
				+ "select ?::bigint, incurred_on, " + YEAR_OF_LINE
				+ ", kind, stage, ? * sum(amount), ? * count(*) from " + source
				+ " group by 2, 3, 4, 5 on conflict (project_id, day, kind, stage) "
				+ "do update set amount = cost_day_summary.amount + excluded.amount, "
				+ "lines = cost_day_summary.lines + excluded.lines", args.toArray());
	}

	/**
	 * The TCO year of a line, from the first days of the years
	 * ({@link TcoYears#firstDayOf}) bound as the five parameters after the project id.
	 */
	private static final String YEAR_OF_LINE;

	/** The lines summed by the summary's key, for a summary not for the start. */
	private static final String FROM_LINES_SELECT;

	private static final String FROM_LINES_GROUP = "group by 2, 3, 4, 5, 6, 7";

	static {
		StringBuilder year = new StringBuilder("case");
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			year.append(" when incurred_on < ? then ").append(y - 1);
		}
		year.append(" else ").append(TcoYears.OUTSIDE).append(" end");
		YEAR_OF_LINE = year.toString();
		FROM_LINES_SELECT = "select ?::bigint, kind, category, stage, " + YEAR_OF_LINE
				+ ", coalesce(driver, ''), coalesce(purpose, ''), sum(amount)";
	}

	private static List<Object> yearBoundaries(TcoYears years) {
		List<Object> boundaries = new ArrayList<>();
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			boundaries.add(Date.valueOf(years.firstDayOf(y)));
		}
		return boundaries;
	}

	private static Object[] prepend(Object first, List<Object> rest) {
		List<Object> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all.toArray();
	}

	private static CostSum sum(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
		return new CostSum(CostKind.valueOf(rs.getString(from)), CostCategory.valueOf(rs.getString(from + 1)),
				LifecycleStage.valueOf(rs.getString(from + 2)), rs.getInt(from + 3),
				code(HiddenCostDriver.class, rs.getString(from + 4)), code(CostPurpose.class, rs.getString(from + 5)),
				rs.getBigDecimal(from + 6));
	}

	/** The generated lines of every rule of the project, dated by the given start. */
	private void regenerateRules(long projectId, TcoYears years) {
		this.jdbc.update("delete from cost_line where project_id = ? and rule_id is not null", projectId);
		this.jdbc.query("select r.id, r.percent, r.from_year, r.to_year, r.category, r.stage, r.description, "
				+ "r.created_by, s.amount, s.vendor, r.created_at from recurring_rule r "
				+ "join cost_line s on s.id = r.source_line_id where r.project_id = ? order by r.id", rs -> {
					RecurringRuleDraft rule = new RecurringRuleDraft(0, rs.getBigDecimal(2), rs.getInt(3), rs.getInt(4),
							CostCategory.valueOf(rs.getString(5)), LifecycleStage.valueOf(rs.getString(6)),
							rs.getString(7));
					Timestamp createdAt = rs.getTimestamp(11);
					CostStore.insertLines(this.jdbc, projectId,
							RecurringPlan.lines(rule, rs.getBigDecimal(9), rs.getString(10), years), rs.getLong(1),
							rs.getString(8), createdAt.toInstant());
				}, projectId);
	}

	private boolean isCurrent(long projectId, TcoYears years) {
		return Objects.equals(states(List.of(projectId)).get(projectId).start(), years.start());
	}

	/** The start date each project's summary is for (null when it has none). */
	private Map<Long, LocalStart> states(java.util.Collection<Long> projectIds) {
		Map<Long, LocalStart> states = new HashMap<>();
		for (Long id : projectIds) {
			states.put(id, new LocalStart(null));
		}
		if (projectIds.isEmpty()) {
			return states;
		}
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			Array ids = connection.createArrayOf("bigint", projectIds.toArray(Long[]::new));
			this.jdbc.query("select project_id, start_date from cost_summary_state where project_id = any(?)", rs -> {
				states.put(rs.getLong(1), new LocalStart(rs.getObject(2, java.time.LocalDate.class)));
			}, ids);
			return null;
		});
		return states;
	}

	private record LocalStart(java.time.LocalDate start) {
	}

	/** The first key of the two-key advisory locks of the cost summary. */
	private static final int LOCK_SPACE = 0x636f7374;

	private static <E extends Enum<E>> E code(Class<E> type, String value) {
		return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
	}

}
