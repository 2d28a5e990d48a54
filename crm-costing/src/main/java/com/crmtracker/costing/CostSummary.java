package com.crmtracker.costing;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import com.crmtracker.costing.rules.RecurringPlan;
import com.crmtracker.costing.rules.TcoYears;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger summed, kept in the same transaction as the lines: every write adds its
 * delta to each summary ({@link #SUMMARIES}), so reading the TCO of a project costs a few
 * hundred rows and a portfolio a few dozen rows a project, however long the ledgers:
 * <ul>
 * <li>{@code cost_summary} by kind, category, stage, TCO year, driver and purpose: the
 * TCO and the ledger's totals;</li>
 * <li>{@code cost_year_summary} by TCO year, kind and stage: the five-year totals and the
 * cost of the TCO years before a day's;</li>
 * <li>{@code cost_month_summary} by month, TCO year, kind, stage and category: the months
 * of a day's TCO year before the day's month, the actual cost by month;</li>
 * <li>{@code cost_day_summary} by day, TCO year, kind, stage and category: the days of a
 * day's month;</li>
 * <li>{@code cost_phase_summary} the lines with a phase by phase, kind and stage: the
 * phase budgets.</li>
 * </ul>
 * The cost to a day is then the years before the day's TCO year, the months of that year
 * before the day's month and the days of its month up to the day. The one place that
 * writes the summaries. They are valid for one project start date (recorded in
 * {@code cost_summary_state}); when the start moves, {@link ProjectRescheduling} rebuilds
 * them in the transaction that moved it. Reads never write: a summary that is not (yet)
 * for the project's start, as an old database may hold, is answered by summing the lines
 * themselves. An advisory lock per project keeps a rebuild from interleaving with writes
 * (writes share it, a rebuild takes it alone).
 */
@Component
class CostSummary {

	/**
	 * The TCO year of a line, from the first days of the years
	 * ({@link TcoYears#firstDayOf}) bound as the five parameters where it stands.
	 */
	private static final String YEAR_OF_LINE = yearOfLine();

	/** Every summary the writes keep. */
	static final List<Summary> SUMMARIES = List.of(
			new Summary("cost_summary", List.of("kind", "category", "stage", "tco_year", "driver", "purpose"),
					List.of("kind", "category", "stage", YEAR_OF_LINE, "coalesce(driver, '')", "coalesce(purpose, '')"),
					null,
					(line, years) -> List.of(line.kind().name(), line.category().name(), line.stage().name(),
							years.yearOf(line.incurredOn()), code(line.driver()), code(line.purpose()))),
			new Summary("cost_year_summary", List.of("tco_year", "kind", "stage"),
					List.of(YEAR_OF_LINE, "kind", "stage"), null,
					(line, years) -> List.of(years.yearOf(line.incurredOn()), line.kind().name(), line.stage().name())),
			new Summary("cost_month_summary", List.of("month", "tco_year", "kind", "stage", "category"),
					List.of("date_trunc('month', incurred_on)::date", YEAR_OF_LINE, "kind", "stage", "category"), null,
					(line, years) -> List.of(Date.valueOf(line.incurredOn().withDayOfMonth(1)),
							years.yearOf(line.incurredOn()), line.kind().name(), line.stage().name(),
							line.category().name())),
			new Summary("cost_day_summary", List.of("day", "tco_year", "kind", "stage", "category"),
					List.of("incurred_on", YEAR_OF_LINE, "kind", "stage", "category"), null,
					(line, years) -> List.of(Date.valueOf(line.incurredOn()), years.yearOf(line.incurredOn()),
							line.kind().name(), line.stage().name(), line.category().name())),
			new Summary("cost_phase_summary", List.of("phase", "kind", "stage"), List.of("phase", "kind", "stage"),
					"phase is not null", (line, years) -> line.phase() == null ? null
							: List.of(line.phase(), line.kind().name(), line.stage().name())));

	private final JdbcTemplate jdbc;

	CostSummary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One summary table: the columns of its key after {@code project_id}, the same as SQL
	 * over a line of {@code cost_line} (in the same order) and in Java from a draft (null
	 * for a line it does not sum; then {@code onlyLines} is the SQL condition of the
	 * lines it sums, or null for all).
	 */
	record Summary(String table, List<String> columns, List<String> ofLine, String onlyLines,
			BiFunction<CostLineDraft, TcoYears, List<Object>> key) {

		private String conflict() {
			return " on conflict (project_id, " + String.join(", ", this.columns) + ") do update set amount = "
					+ this.table + ".amount + excluded.amount, lines = " + this.table + ".lines + excluded.lines";
		}

		/**
		 * The statement that adds delta rows given as arrays, with the parameters:
		 * project, one array a column of the key, the amounts, the numbers of lines.
		 */
		String addUnnested() {
			return "insert into " + this.table + " (project_id, " + String.join(", ", this.columns)
					+ ", amount, lines) select ?, delta.* from unnest(?" + ", ?".repeat(this.columns.size() + 1)
					+ ") delta" + conflict();
		}

		/**
		 * The statement that adds the lines of a source summed, with the parameters:
		 * project, the years' first days where the year of a line stands, sign, sign, the
		 * source's.
		 */
		String addSelected(String source) {
			StringBuilder groups = new StringBuilder();
			for (int i = 0; i < this.columns.size(); i++) {
				groups.append(i == 0 ? "" : ", ").append(i + 2);
			}
			return "insert into " + this.table + " (project_id, " + String.join(", ", this.columns)
					+ ", amount, lines) select ?::bigint, " + String.join(", ", this.ofLine)
					+ ", ? * sum(amount), ? * count(*) from (select * from " + source + ") line"
					+ (this.onlyLines == null ? "" : " where " + this.onlyLines) + " group by " + groups + conflict();
		}

		int yearParameters() {
			return Collections.frequency(this.ofLine, YEAR_OF_LINE);
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
	 * Adds lines (sign 1) or takes them away (sign −1), one statement a summary, in the
	 * caller's transaction, which has called {@link #prepare} first.
	 */
	void add(long projectId, TcoYears years, List<CostLineDraft> lines, int sign) {
		Deltas deltas = new Deltas(years, sign, Integer.MAX_VALUE);
		lines.forEach(deltas::add);
		write(projectId, deltas);
	}

	/**
	 * The deltas of every summary for lines on their way in or out, summed by each
	 * summary's key in memory ({@link Summary#key}) as the lines come: for an import,
	 * whose lines the database has not stored yet while they are read. It holds at most a
	 * given number of keys in all, so that the heap stays bounded however large and
	 * varied the file; past that it forgets them ({@link #complete} false) and the import
	 * sums its stored lines in SQL instead.
	 */
	static final class Deltas {

		private final TcoYears years;

		private final int sign;

		private final int maxKeys;

		private final List<Map<List<Object>, Delta>> bySummary = new ArrayList<>();

		private int keys;

		private boolean complete = true;

		Deltas(TcoYears years, int sign, int maxKeys) {
			this.years = years;
			this.sign = sign;
			this.maxKeys = maxKeys;
			for (int i = 0; i < SUMMARIES.size(); i++) {
				this.bySummary.add(new LinkedHashMap<>());
			}
		}

		void add(CostLineDraft line) {
			if (!this.complete) {
				return;
			}
			BigDecimal amount = this.sign < 0 ? line.amount().negate() : line.amount();
			for (int i = 0; i < SUMMARIES.size(); i++) {
				List<Object> key = SUMMARIES.get(i).key().apply(line, this.years);
				if (key != null) {
					Delta delta = this.bySummary.get(i).computeIfAbsent(key, k -> {
						this.keys++;
						return new Delta();
					});
					delta.amount = delta.amount.add(amount);
					delta.lines += this.sign;
				}
			}
			if (this.keys > this.maxKeys) {
				this.complete = false;
				this.bySummary.forEach(Map::clear);
			}
		}

		boolean complete() {
			return this.complete;
		}

	}

	private static final class Delta {

		private BigDecimal amount = BigDecimal.ZERO;

		private long lines;

	}

	/**
	 * Adds the deltas to the summaries, one statement a summary (its keys and sums as
	 * arrays, unnested), in the caller's transaction.
	 */
	void write(long projectId, Deltas deltas) {
		if (!deltas.complete()) {
			throw new IllegalStateException("these deltas gave up their keys: sum the stored lines instead");
		}
		for (int i = 0; i < SUMMARIES.size(); i++) {
			Summary summary = SUMMARIES.get(i);
			Map<List<Object>, Delta> rows = deltas.bySummary.get(i);
			if (rows.isEmpty()) {
				continue;
			}
			this.jdbc.execute((ConnectionCallback<Integer>) connection -> {
				int width = summary.columns().size();
				List<List<Object>> keys = List.copyOf(rows.keySet());
				try (java.sql.PreparedStatement insert = connection.prepareStatement(summary.addUnnested())) {
					insert.setLong(1, projectId);
					for (int c = 0; c < width; c++) {
						Object[] column = new Object[keys.size()];
						for (int r = 0; r < column.length; r++) {
							column[r] = keys.get(r).get(c);
						}
						insert.setArray(c + 2, connection.createArrayOf(sqlType(column[0]), column));
					}
					BigDecimal[] amounts = new BigDecimal[keys.size()];
					Long[] lines = new Long[keys.size()];
					for (int r = 0; r < keys.size(); r++) {
						Delta delta = rows.get(keys.get(r));
						amounts[r] = delta.amount;
						lines[r] = delta.lines;
					}
					insert.setArray(width + 2, connection.createArrayOf("numeric", amounts));
					insert.setArray(width + 3, connection.createArrayOf("int8", lines));
					return insert.executeUpdate();
				}
			});
		}
	}

	/** The SQL type of the array of a key's column, from a value of the column. */
	private static String sqlType(Object value) {
		if (value instanceof String) {
			return "varchar";
		}
		if (value instanceof Integer) {
			return "int4";
		}
		if (value instanceof Date) {
			return "date";
		}
		throw new IllegalArgumentException("no SQL array type for a key of " + value.getClass());
	}

	/**
	 * Adds the lines of an import to the summaries: from the deltas summed while it was
	 * read, or, when they gave up their keys, with one grouped statement a summary over
	 * the lines that point at it.
	 */
	void addImport(long projectId, TcoYears years, long importId, Deltas deltas) {
		if (deltas.complete()) {
			write(projectId, deltas);
		}
		else {
			addImport(projectId, years, importId, 1);
		}
	}

	/**
	 * Adds the lines of an import (sign 1) or takes them away (sign −1) with one grouped
	 * statement a summary over the lines that point at it, in the caller's transaction,
	 * which has called {@link #prepare} first.
	 */
	void addImport(long projectId, TcoYears years, long importId, int sign) {
		addLines(projectId, years, sign, "cost_line where import_id = ?", importId);
	}

	/**
	 * The sums the TCO is computed from, in one statement: the summary's rows, or the
	 * lines summed by its key when the summary is not for the start (an old database),
	 * with the same SQL as a rebuild. Read-only.
	 */
	List<CostSum> sums(long projectId, TcoYears years) {
		List<CostSum> sums = new ArrayList<>();
		withProjects(Map.of(projectId, years), null, """
				select s.kind, s.category, s.stage, s.tco_year, s.driver, s.purpose, s.amount
				from p join cost_summary s on s.project_id = p.project_id
				where p.current and s.lines <> 0
				union all
				select c.kind, c.category, c.stage, """ + YEAR_OF_LINE + """
				, coalesce(c.driver, ''), coalesce(c.purpose, ''), sum(c.amount)
				from p join cost_line c on c.project_id = p.project_id
				where not p.current
				group by 1, 2, 3, 4, 5, 6""", rs -> {
			sums.add(sum(rs, 1));
		}, yearBoundaries(years).toArray());
		return sums;
	}

	/**
	 * The lines dated on or before a day summed, in one statement, read-only: the TCO
	 * years before the day's by the summary's key, the day's year by kind, category and
	 * stage only (driver and purpose null), from its months before the day's month and
	 * the days of that month up to the day. A summary not for the start: the lines summed
	 * by the full key, with the same SQL as a rebuild.
	 */
	List<CostSum> sumsUpTo(long projectId, TcoYears years, LocalDate day) {
		List<CostSum> sums = new ArrayList<>();
		List<Object> args = new ArrayList<>(
				List.of(Date.valueOf(day.withDayOfMonth(1)), Date.valueOf(day.withDayOfMonth(1)), Date.valueOf(day)));
		args.addAll(yearBoundaries(years));
		args.add(Date.valueOf(day));
		withProjects(Map.of(projectId, years), day, """
				select kind, category, stage, tco_year, driver, purpose, sum(amount) from (
				  select s.kind, s.category, s.stage, s.tco_year, s.driver, s.purpose, s.amount
				  from p join cost_summary s on s.project_id = p.project_id and s.tco_year < p.current_year
				  where p.current and s.lines <> 0
				  union all
				  select m.kind, m.category, m.stage, m.tco_year, '', '', m.amount
				  from p join cost_month_summary m on m.project_id = p.project_id and m.month >= p.year_from
				    and m.month < ? and m.tco_year = p.current_year
				  where p.current
				  union all
				  select d.kind, d.category, d.stage, d.tco_year, '', '', d.amount
				  from p join cost_day_summary d on d.project_id = p.project_id and d.day >= ? and d.day <= ?
				    and d.tco_year = p.current_year
				  where p.current
				  union all
				  select c.kind, c.category, c.stage, """ + YEAR_OF_LINE + """
				, coalesce(c.driver, ''), coalesce(c.purpose, ''), c.amount
				  from p join cost_line c on c.project_id = p.project_id and c.incurred_on <= ?
				  where not p.current) t
				group by 1, 2, 3, 4, 5, 6""", rs -> {
			sums.add(sum(rs, 1));
		}, args.toArray());
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
	 * The sums to a day of many projects in one statement, read-only: the TCO years
	 * before the day's from the year summary, the months of the day's year before its
	 * month from the month summary, the days of its month up to the day from the day
	 * summary.
	 */
	Map<Long, ToDate> toDate(Map<Long, TcoYears> projects, LocalDate day) {
		Map<Long, ToDate> sums = new HashMap<>();
		for (Long id : projects.keySet()) {
			sums.put(id, ToDate.NOTHING);
		}
		Date month = Date.valueOf(day.withDayOfMonth(1));
		withProjects(projects, day, """
				select project_id,
				       coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
				       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0),
				       coalesce(sum(amount) filter (where kind = 'PLANNED' and in_horizon), 0),
				       coalesce(sum(amount) filter (where kind = 'ACTUAL' and stage = 'DEVELOPMENT'), 0)
				from (
				  select y.project_id, y.tco_year <= ? as in_horizon, y.kind, y.stage, y.amount
				  from p join cost_year_summary y on y.project_id = p.project_id and y.tco_year < p.current_year
				  where p.current
				  union all
				  select m.project_id, m.tco_year <= ?, m.kind, m.stage, m.amount
				  from p join cost_month_summary m on m.project_id = p.project_id and m.month >= p.year_from
				    and m.month < ? and m.tco_year = p.current_year
				  where p.current
				  union all
				  select d.project_id, d.tco_year <= ?, d.kind, d.stage, d.amount
				  from p join cost_day_summary d on d.project_id = p.project_id and d.day >= ? and d.day <= ?
				    and d.tco_year = p.current_year
				  where p.current
				  union all
				  select c.project_id, c.incurred_on < p.horizon_end, c.kind, c.stage, c.amount
				  from p join cost_line c on c.project_id = p.project_id and c.incurred_on <= ?
				  where not p.current) t
				group by project_id""", rs -> {
			sums.put(rs.getLong(1),
					new ToDate(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
		}, TcoYears.HORIZON, TcoYears.HORIZON, month, TcoYears.HORIZON, month, Date.valueOf(day), Date.valueOf(day));
		return sums;
	}

	/**
	 * The planned and the actual cost dated within the five TCO years.
	 *
	 * @param planned the planned five-year TCO
	 * @param actual the actual cost within the five years
	 */
	record FiveYears(BigDecimal planned, BigDecimal actual) {

		static final FiveYears NOTHING = new FiveYears(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

	}

	/**
	 * The planned and actual cost within the five TCO years of many projects, from the
	 * year summary, in one statement. Read-only.
	 */
	Map<Long, FiveYears> fiveYears(Map<Long, TcoYears> projects) {
		Map<Long, FiveYears> totals = new HashMap<>();
		for (Long id : projects.keySet()) {
			totals.put(id, FiveYears.NOTHING);
		}
		withProjects(projects, null, """
				select project_id, coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
				       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0)
				from (
				  select y.project_id, y.kind, y.amount
				  from p join cost_year_summary y on y.project_id = p.project_id and y.tco_year <= ?
				  where p.current
				  union all
				  select c.project_id, c.kind, c.amount
				  from p join cost_line c on c.project_id = p.project_id and c.incurred_on < p.horizon_end
				  where not p.current) t
				group by project_id""", rs -> {
			totals.put(rs.getLong(1), new FiveYears(rs.getBigDecimal(2), rs.getBigDecimal(3)));
		}, TcoYears.HORIZON);
		return totals;
	}

	/**
	 * Planned DEVELOPMENT cost by phase number, the phase budgets of earned value, of
	 * many projects in one statement (an empty map for a project without any), from the
	 * phase summary. Read-only.
	 */
	Map<Long, Map<Integer, BigDecimal>> phaseBudgets(Map<Long, TcoYears> projects) {
		Map<Long, Map<Integer, BigDecimal>> budgets = new HashMap<>();
		for (Long id : projects.keySet()) {
			budgets.put(id, new HashMap<>());
		}
		withProjects(projects, null, """
				select project_id, phase, sum(amount) from (
				  select f.project_id, f.phase, f.kind, f.stage, f.amount, f.lines
				  from p join cost_phase_summary f on f.project_id = p.project_id
				  where p.current
				  union all
				  select c.project_id, c.phase, c.kind, c.stage, c.amount, 1
				  from p join cost_line c on c.project_id = p.project_id and c.phase is not null
				  where not p.current) t
				where kind = 'PLANNED' and stage = 'DEVELOPMENT'
				group by project_id, phase having sum(lines) <> 0""", rs -> {
			budgets.get(rs.getLong(1)).put(rs.getInt(2), rs.getBigDecimal(3));
		});
		return budgets;
	}

	/**
	 * Actual DEVELOPMENT cost by month (first day of the month), in order, from the month
	 * summary. Read-only.
	 */
	Map<LocalDate, BigDecimal> actualDevelopmentByMonth(long projectId, TcoYears years) {
		Map<LocalDate, BigDecimal> byMonth = new java.util.TreeMap<>();
		withProjects(Map.of(projectId, years), null, """
				select month, sum(amount) from (
				  select m.month, m.kind, m.stage, m.amount, m.lines
				  from p join cost_month_summary m on m.project_id = p.project_id
				  where p.current
				  union all
				  select date_trunc('month', c.incurred_on)::date, c.kind, c.stage, c.amount, 1
				  from p join cost_line c on c.project_id = p.project_id
				  where not p.current) t
				where kind = 'ACTUAL' and stage = 'DEVELOPMENT'
				group by month having sum(lines) <> 0""", rs -> {
			byMonth.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
		});
		return byMonth;
	}

	/**
	 * Runs a query that reads the projects from
	 * {@code p(project_id, current, horizon_end, current_year, year_from)}: whether the
	 * summary is for the project's start (if not, as in an old database, the query sums
	 * the lines), the first day after the five years, and the TCO year of the day and the
	 * first day of its first month ({@code -infinity} for year 1, which holds the lines
	 * before the start); both null without a day. The query's own parameters follow.
	 */
	private void withProjects(Map<Long, TcoYears> projects, LocalDate day, String query, RowCallbackHandler rows,
			Object... args) {
		if (projects.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(projects.keySet());
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			Array idArray = connection.createArrayOf("bigint", ids.toArray(Long[]::new));
			Array startArray = connection.createArrayOf("text",
					ids.stream().map(id -> projects.get(id).start().toString()).toArray(String[]::new));
			Array endArray = connection.createArrayOf("text",
					ids.stream()
						.map(id -> projects.get(id).firstDayOf(TcoYears.OUTSIDE).toString())
						.toArray(String[]::new));
			Array yearArray = connection.createArrayOf("integer",
					ids.stream().map(id -> day == null ? null : projects.get(id).yearOf(day)).toArray(Integer[]::new));
			Array fromArray = connection.createArrayOf("text", ids.stream().map(id -> {
				if (day == null) {
					return null;
				}
				int year = projects.get(id).yearOf(day);
				return year == 1 ? "-infinity" : projects.get(id).firstDayOf(year).withDayOfMonth(1).toString();
			}).toArray(String[]::new));
			List<Object> all = new ArrayList<>(List.of(idArray, startArray, endArray, yearArray, fromArray));
			all.addAll(List.of(args));
			this.jdbc.query("""
					with p as (
					  select p.project_id, p.horizon_end::date as horizon_end, p.current_year,
					         p.year_from::date as year_from, coalesce(s.start_date = p.start::date, false) as current
					  from unnest(?::bigint[], ?::text[], ?::text[], ?::integer[], ?::text[])
					    as p(project_id, start, horizon_end, current_year, year_from)
					  left join cost_summary_state s on s.project_id = p.project_id)
					""" + query, rows, all.toArray());
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
	 * Dates the lines of recurring rules by the given start and rebuilds the summaries
	 * from the lines, in the caller's (writing) transaction.
	 */
	void rebuild(long projectId, TcoYears years) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_SPACE, (int) projectId);
		regenerateRules(projectId, years);
		for (Summary summary : SUMMARIES) {
			this.jdbc.update("delete from " + summary.table() + " where project_id = ?", projectId);
		}
		addLines(projectId, years, 1, "cost_line where project_id = ?", projectId);
		this.jdbc.update(
				"insert into cost_summary_state (project_id, start_date) values (?, ?) "
						+ "on conflict (project_id) do update set start_date = excluded.start_date",
				projectId, Date.valueOf(years.start()));
	}

	/**
	 * Adds the stored lines a source selects to every summary (sign 1) or takes them away
	 * (sign −1), with one grouped statement each, in the caller's transaction (which has
	 * called {@link #prepare}): for a rebuild, or for lines written or deleted in bulk
	 * (an import and its undo). The source is our own SQL, never user input: a table with
	 * the columns of {@code cost_line} and a condition, e.g.
	 * {@code "cost_line where project_id = ?"}, its parameters after it.
	 */
	void addLines(long projectId, TcoYears years, int sign, String source, Object... sourceArgs) {
		for (Summary summary : SUMMARIES) {
			// in the order of the placeholders: project, the years' first days, sign,
			// sign, the source's
			List<Object> args = new ArrayList<>();
			args.add(projectId);
			for (int i = 0; i < summary.yearParameters(); i++) {
				args.addAll(yearBoundaries(years));
			}
			args.add(sign);
			args.add(sign);
			args.addAll(List.of(sourceArgs));
			this.jdbc.update(summary.addSelected(source), args.toArray());
		}
	}

	private static String yearOfLine() {
		StringBuilder year = new StringBuilder("case");
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			year.append(" when incurred_on < ? then ").append(y - 1);
		}
		return year.append(" else ").append(TcoYears.OUTSIDE).append(" end").toString();
	}

	private static List<Object> yearBoundaries(TcoYears years) {
		List<Object> boundaries = new ArrayList<>();
		for (int y = 2; y <= TcoYears.OUTSIDE; y++) {
			boundaries.add(Date.valueOf(years.firstDayOf(y)));
		}
		return boundaries;
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

	/** An optional code as the summaries key it: empty for none. */
	private static String code(Enum<?> value) {
		return value == null ? "" : value.name();
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value) {
		return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
	}

}
