package com.crmtracker.costing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.crmtracker.costing.rules.RecurringPlan;
import com.crmtracker.costing.rules.TcoYears;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger summed by kind, category, stage, TCO year, driver and purpose, kept in the
 * same transaction as the lines: every write adds its delta, so reading the TCO costs a
 * few thousand rows at most, however long the ledger. The summary is valid for one
 * project start date (recorded in {@code cost_summary_state}); when the start moves,
 * {@link ProjectRescheduling} rebuilds it in the transaction that moved it. Reads never
 * write: a summary that is not (yet) for the project's start, as an old database may
 * hold, is answered by summing the lines themselves, with the same SQL a rebuild uses. An
 * advisory lock per project keeps a rebuild from interleaving with writes (writes share
 * it, a rebuild takes it alone).
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
		List<Object> args = new ArrayList<>(yearBoundaries(years));
		args.add(projectId);
		this.jdbc.update("insert into cost_summary (project_id, kind, category, stage, tco_year, driver, purpose, "
				+ "amount, lines) " + FROM_LINES_SELECT + ", count(*) from cost_line where project_id = ? "
				+ FROM_LINES_GROUP, prepend(projectId, args));
		this.jdbc.update(
				"insert into cost_summary_state (project_id, start_date) values (?, ?) "
						+ "on conflict (project_id) do update set start_date = excluded.start_date",
				projectId, Date.valueOf(years.start()));
	}

	/**
	 * The lines summed by the summary's key; the year of a line from the first days of
	 * the years ({@link TcoYears#firstDayOf}), bound as parameters 2 to 6.
	 */
	private static final String FROM_LINES_SELECT;

	private static final String FROM_LINES_GROUP = "group by 2, 3, 4, 5, 6, 7";

	static {
		StringBuilder year = new StringBuilder("case");
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			year.append(" when incurred_on < ? then ").append(y - 1);
		}
		year.append(" else ").append(TcoYears.OUTSIDE).append(" end");
		FROM_LINES_SELECT = "select ?::bigint, kind, category, stage, " + year
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
