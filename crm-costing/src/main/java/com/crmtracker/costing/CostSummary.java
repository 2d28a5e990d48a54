package com.crmtracker.costing;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger summed by kind, category, stage, TCO year, driver and purpose, kept in the
 * same transaction as the lines: every write adds its delta, so reading the TCO costs a
 * few thousand rows at most, however long the ledger. The summary is valid for one
 * project start date; when the start moves, the next read rebuilds it from the lines. An
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

	/** Adds lines (sign 1) or takes them away (sign −1), in the caller's transaction. */
	void add(long projectId, TcoYears years, List<CostLineDraft> lines, int sign) {
		if (lines.isEmpty() || !lockForWrite(projectId, years)) {
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

	/** The sums the TCO is computed from, rebuilding the summary first if it is stale. */
	List<CostSum> sums(long projectId, TcoYears years) {
		ensureCurrent(projectId, years);
		return this.jdbc.query(
				"select kind, category, stage, tco_year, driver, purpose, amount from cost_summary "
						+ "where project_id = ? and lines <> 0",
				(rs, n) -> new CostSum(CostKind.valueOf(rs.getString(1)), CostCategory.valueOf(rs.getString(2)),
						LifecycleStage.valueOf(rs.getString(3)), rs.getInt(4),
						code(HiddenCostDriver.class, rs.getString(5)), code(CostPurpose.class, rs.getString(6)),
						rs.getBigDecimal(7)),
				projectId);
	}

	/** Number of lines and their total for a filter on kind, category and year only. */
	Totals totals(long projectId, TcoYears years, CostFilter filter) {
		ensureCurrent(projectId, years);
		StringBuilder sql = new StringBuilder(
				"select coalesce(sum(lines), 0), coalesce(sum(amount), 0) from cost_summary where project_id = ?");
		List<Object> args = new java.util.ArrayList<>(List.of(projectId));
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
				(rs, n) -> new Totals(rs.getLong(1), rs.getBigDecimal(2).setScale(2)), args.toArray());
	}

	record Totals(long lines, BigDecimal amount) {
	}

	/** Whether the summary answers a filter (it knows no phases and no vendors). */
	static boolean answers(CostFilter filter) {
		return filter.phase() == null && (filter.vendor() == null || filter.vendor().isBlank());
	}

	/**
	 * Rebuilds the summary when the project start has moved since it was built (or it
	 * never was); the lines of recurring rules move to the first days of their new years
	 * first.
	 */
	void ensureCurrent(long projectId, TcoYears years) {
		if (isCurrent(projectId, years)) {
			return;
		}
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_SPACE, (int) projectId);
		if (isCurrent(projectId, years)) {
			return;
		}
		regenerateRules(projectId, years);
		this.jdbc.update("delete from cost_summary where project_id = ?", projectId);
		StringBuilder year = new StringBuilder("case");
		List<Object> args = new java.util.ArrayList<>();
		args.add(projectId);
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			year.append(" when incurred_on < ? then ").append(y - 1);
		}
		year.append(" else ").append(TcoYears.OUTSIDE).append(" end");
		List<Object> boundaries = new java.util.ArrayList<>();
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			boundaries.add(Date.valueOf(years.firstDayOf(y)));
		}
		List<Object> all = new java.util.ArrayList<>(List.of(projectId));
		all.addAll(boundaries);
		all.add(projectId);
		this.jdbc.update("insert into cost_summary (project_id, kind, category, stage, tco_year, driver, purpose, "
				+ "amount, lines) select ?, kind, category, stage, " + year
				+ ", coalesce(driver, ''), coalesce(purpose, ''), sum(amount), count(*) from cost_line "
				+ "where project_id = ? group by 2, 3, 4, 5, 6, 7", all.toArray());
		this.jdbc.update(
				"insert into cost_summary_state (project_id, start_date) values (?, ?) "
						+ "on conflict (project_id) do update set start_date = excluded.start_date",
				projectId, Date.valueOf(years.start()));
	}

	/** The generated lines of every rule of the project, dated by the current start. */
	private void regenerateRules(long projectId, TcoYears years) {
		this.jdbc.update("delete from cost_line where project_id = ? and rule_id is not null", projectId);
		this.jdbc.query("select r.id, r.percent, r.from_year, r.to_year, r.category, r.stage, r.description, "
				+ "r.created_by, s.amount, s.vendor from recurring_rule r join cost_line s on s.id = r.source_line_id "
				+ "where r.project_id = ? order by r.id", rs -> {
					RecurringRuleDraft rule = new RecurringRuleDraft(0, rs.getBigDecimal(2), rs.getInt(3), rs.getInt(4),
							CostCategory.valueOf(rs.getString(5)), LifecycleStage.valueOf(rs.getString(6)),
							rs.getString(7));
					CostStore.insertLines(this.jdbc, projectId,
							RecurringPlan.lines(rule, rs.getBigDecimal(9), rs.getString(10), years), rs.getLong(1),
							rs.getString(8));
				}, projectId);
	}

	private boolean isCurrent(long projectId, TcoYears years) {
		List<Date> start = this.jdbc.queryForList("select start_date from cost_summary_state where project_id = ?",
				Date.class, projectId);
		return !start.isEmpty() && Objects.equals(start.get(0).toLocalDate(), years.start());
	}

	/**
	 * Takes the project's lock shared for a write; answers whether the summary is current
	 * (when it is not, the write leaves it alone and the next read rebuilds it).
	 */
	private boolean lockForWrite(long projectId, TcoYears years) {
		this.jdbc.queryForList("select pg_advisory_xact_lock_shared(?, ?)", LOCK_SPACE, (int) projectId);
		return isCurrent(projectId, years);
	}

	/** The first key of the two-key advisory locks of the cost summary. */
	private static final int LOCK_SPACE = 0x636f7374;

	private static <E extends Enum<E>> E code(Class<E> type, String value) {
		return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
	}

}
