package com.crmtracker.costing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.crmtracker.costing.rules.TcoYears;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SQL of the ledger: batch inserts, filtered pages and totals, and the sums the TCO,
 * the business case and earned value are computed from. The database sums; Java never
 * loads all lines of a project.
 */
@Component
class CostStore {

	private static final String COLUMNS = "id, category, stage, kind, incurred_on, amount, vendor, description, phase, "
			+ "driver, purpose, rule_id, version";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	/**
	 * Fetches rows in chunks, so that an export streams instead of loading every line.
	 */
	private final NamedParameterJdbcTemplate streaming;

	private final CostSummary summary;

	CostStore(JdbcTemplate jdbc, CostSummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		JdbcTemplate chunked = new JdbcTemplate(jdbc.getDataSource());
		chunked.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(chunked);
	}

	/**
	 * Inserts lines in one JDBC batch and adds them to the summary, in the caller's
	 * transaction.
	 */
	void insert(long projectId, TcoYears years, List<CostLineDraft> lines, Long ruleId, String createdBy,
			Instant createdAt) {
		this.summary.add(projectId, years, lines, 1);
		insertLines(this.jdbc, projectId, lines, ruleId, createdBy, createdAt);
	}

	/** Inserts lines in one JDBC batch, nothing else. */
	static void insertLines(JdbcTemplate jdbc, long projectId, List<CostLineDraft> lines, Long ruleId, String createdBy,
			Instant createdAt) {
		Timestamp at = Timestamp.from(createdAt);
		jdbc.batchUpdate(
				"insert into cost_line (project_id, category, stage, kind, incurred_on, amount, vendor, description, "
						+ "phase, driver, purpose, rule_id, created_by, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				lines, lines.size(), (PreparedStatement ps, CostLineDraft line) -> {
					ps.setLong(1, projectId);
					ps.setString(2, line.category().name());
					ps.setString(3, line.stage().name());
					ps.setString(4, line.kind().name());
					ps.setDate(5, Date.valueOf(line.incurredOn()));
					ps.setBigDecimal(6, line.amount());
					ps.setString(7, line.vendor());
					ps.setString(8, line.description());
					if (line.phase() == null) {
						ps.setNull(9, Types.INTEGER);
					}
					else {
						ps.setInt(9, line.phase());
					}
					ps.setString(10, line.driver() == null ? null : line.driver().name());
					ps.setString(11, line.purpose() == null ? null : line.purpose().name());
					if (ruleId == null) {
						ps.setNull(12, Types.BIGINT);
					}
					else {
						ps.setLong(12, ruleId);
					}
					ps.setString(13, createdBy);
					ps.setTimestamp(14, at);
				});
	}

	/**
	 * Opens a {@code COPY … FROM STDIN} into {@code cost_line} on the connection of the
	 * caller's transaction, for the lines of one import. The lines are not in the summary
	 * until {@link CostSummary#addImport} adds them.
	 */
	LineCopy copy(long projectId, long importId, String createdBy, Instant createdAt) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a COPY belongs in the transaction of its import");
		}
		DataSource dataSource = this.jdbc.getDataSource();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy cost_line (project_id, category, stage, kind, incurred_on, amount, vendor, description, "
						+ "phase, driver, purpose, import_id, created_by, created_at) from stdin (format csv)");
			return new LineCopy(copy, projectId + ",",
					"," + importId + "," + quoted(createdBy) + "," + createdAt.toString() + "\n",
					() -> DataSourceUtils.releaseConnection(connection, dataSource));
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("cannot start the COPY of an import", ex);
		}
	}

	/**
	 * Lines on their way into {@code cost_line}, written as CSV in chunks of about 64 KB:
	 * the heap holds one chunk, whatever the size of the import.
	 */
	static final class LineCopy {

		private static final int CHUNK = 65536;

		private final CopyIn copy;

		private final String start;

		private final String end;

		private final Runnable release;

		private final StringBuilder chunk = new StringBuilder(CHUNK + 1024);

		private boolean open = true;

		private LineCopy(CopyIn copy, String start, String end, Runnable release) {
			this.copy = copy;
			this.start = start;
			this.end = end;
			this.release = release;
		}

		void add(CostLineDraft line) {
			this.chunk.append(this.start)
				.append(line.category().name())
				.append(',')
				.append(line.stage().name())
				.append(',')
				.append(line.kind().name())
				.append(',')
				.append(line.incurredOn())
				.append(',')
				.append(line.amount().toPlainString())
				.append(',')
				.append(quoted(line.vendor()))
				.append(',')
				.append(quoted(line.description()))
				.append(',')
				.append(line.phase() == null ? "" : line.phase().toString())
				.append(',')
				.append(line.driver() == null ? "" : line.driver().name())
				.append(',')
				.append(line.purpose() == null ? "" : line.purpose().name())
				.append(this.end);
			if (this.chunk.length() >= CHUNK) {
				write();
			}
		}

		/** Ends the COPY; answers the number of lines the database stored. */
		long finish() {
			try {
				write();
				this.open = false;
				return this.copy.endCopy();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("the COPY of an import failed", ex);
			}
			finally {
				this.release.run();
			}
		}

		/** Abandons the COPY, when it has not finished; the transaction rolls back. */
		void cancel() {
			if (!this.open) {
				return;
			}
			this.open = false;
			try {
				if (this.copy.isActive()) {
					this.copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// the transaction rolls back anyway
			}
			finally {
				this.release.run();
			}
		}

		private void write() {
			if (this.chunk.isEmpty()) {
				return;
			}
			byte[] bytes = this.chunk.toString().getBytes(StandardCharsets.UTF_8);
			this.chunk.setLength(0);
			try {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("the COPY of an import failed", ex);
			}
		}

	}

	/** A text for COPY's CSV: quoted (so empty stays empty), null unquoted and empty. */
	private static String quoted(String text) {
		return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** Deletes the lines a rule generated and takes them out of the summary. */
	void deleteGenerated(long projectId, TcoYears years, long ruleId) {
		List<CostLineDraft> deleted = this.jdbc.query(
				"delete from cost_line where rule_id = ? returning category, stage, kind, incurred_on, amount, vendor",
				(rs, n) -> new CostLineDraft(CostCategory.valueOf(rs.getString(1)),
						LifecycleStage.valueOf(rs.getString(2)), CostKind.valueOf(rs.getString(3)),
						rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getString(6), null, null, null, null),
				ruleId);
		this.summary.add(projectId, years, deleted, -1);
	}

	CostPage page(long projectId, TcoYears years, CostFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
		String where = where(filter, years, params);
		CostSummary.Totals totals = CostSummary.answers(filter) ? this.summary.totals(projectId, years, filter) : null;
		if (totals == null) {
			totals = this.named.queryForObject("select count(*), " + CostSummary.KIND_SUMS + " from cost_line " + where,
					params, (rs, n) -> new CostSummary.Totals(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
							rs.getBigDecimal(3).setScale(2)));
		}
		params.addValue("limit", size).addValue("offset", (long) page * size);
		List<CostLineView> content = this.named.query("select " + COLUMNS + " from cost_line " + where + " order by "
				+ filter.orderOrDefault().sql() + " limit :limit offset :offset", params, (rs, n) -> view(rs, years));
		return new CostPage(content, totals.lines(), totals.planned(), totals.actual(), page, size);
	}

	/** Streams the lines of a project in date order, without holding them all. */
	void forEach(long projectId, TcoYears years, CostFilter filter, Consumer<CostLineView> action) {
		MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
		String sql = "select " + COLUMNS + " from cost_line " + where(filter, years, params)
				+ " order by incurred_on, id";
		this.streaming.query(sql, params, rs -> {
			action.accept(view(rs, years));
		});
	}

	/** The sums the TCO is computed from, from the summary kept with the lines. */
	List<CostSum> tcoSums(long projectId, TcoYears years) {
		return this.summary.sums(projectId, years);
	}

	/** The sums of the lines dated on or before a day, for the variance to date. */
	List<CostSum> tcoSumsUpTo(long projectId, TcoYears years, LocalDate day) {
		return this.summary.sumsUpTo(projectId, years, day);
	}

	/**
	 * Cost of a kind by TCO year 1..5 (lines before the start in year 1, after year 5
	 * left out).
	 */
	List<BigDecimal> costByYear(long projectId, TcoYears years, CostKind kind) {
		BigDecimal[] byYear = zeros();
		for (CostSum sum : this.summary.sums(projectId, years)) {
			if (sum.kind() == kind && sum.year() <= TcoYears.HORIZON) {
				byYear[sum.year() - 1] = byYear[sum.year() - 1].add(sum.amount());
			}
		}
		return List.of(byYear);
	}

	/** Benefit of a kind by year 1..5. */
	List<BigDecimal> benefitByYear(long projectId, CostKind kind) {
		BigDecimal[] byYear = zeros();
		this.jdbc.query("select year, sum(amount) from benefit_line where project_id = ? and kind = ? group by year",
				rs -> {
					byYear[rs.getInt(1) - 1] = rs.getBigDecimal(2);
				}, projectId, kind.name());
		return List.of(byYear);
	}

	/** Lines after year 5, the first few, for the TCO page. */
	List<CostLineView> outsideHorizon(long projectId, TcoYears years, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from cost_line where project_id = ? and incurred_on >= ? "
						+ "order by incurred_on, id limit ?",
				(rs, n) -> view(rs, years), projectId, Date.valueOf(years.firstDayOf(TcoYears.OUTSIDE)), limit);
	}

	private static String where(CostFilter filter, TcoYears years, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("project_id = :project");
		if (filter.kind() != null) {
			conditions.add("kind = :kind");
			params.addValue("kind", filter.kind().name());
		}
		if (filter.category() != null) {
			conditions.add("category = :category");
			params.addValue("category", filter.category().name());
		}
		if (filter.year() != null) {
			int year = filter.year();
			if (year > 1) {
				conditions.add("incurred_on >= :from");
				params.addValue("from", Date.valueOf(years.firstDayOf(year)));
			}
			if (year < TcoYears.OUTSIDE) {
				conditions.add("incurred_on < :to");
				params.addValue("to", Date.valueOf(years.firstDayOf(year + 1)));
			}
		}
		if (filter.phase() != null) {
			conditions.add("phase = :phase");
			params.addValue("phase", filter.phase());
		}
		if (filter.vendor() != null && !filter.vendor().isBlank()) {
			conditions.add("lower(vendor) like :vendor escape '\\'");
			params.addValue("vendor", contains(filter.vendor()));
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			conditions.add("(lower(vendor) like :search escape '\\' "
					+ "or lower(coalesce(description, '')) like :search escape '\\')");
			params.addValue("search", contains(filter.search()));
		}
		return "where " + String.join(" and ", conditions);
	}

	/** A LIKE pattern for any part of the text, its wildcards taken literally. */
	private static String contains(String text) {
		return "%" + text.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_") + "%";
	}

	private static CostLineView view(ResultSet rs, TcoYears years) throws SQLException {
		LocalDate incurredOn = rs.getObject("incurred_on", LocalDate.class);
		int phase = rs.getInt("phase");
		Integer phaseOrNull = rs.wasNull() ? null : phase;
		long rule = rs.getLong("rule_id");
		Long ruleOrNull = rs.wasNull() ? null : rule;
		return new CostLineView(rs.getLong("id"), CostCategory.valueOf(rs.getString("category")),
				LifecycleStage.valueOf(rs.getString("stage")), CostKind.valueOf(rs.getString("kind")), incurredOn,
				rs.getBigDecimal("amount"), rs.getString("vendor"), rs.getString("description"), phaseOrNull,
				code(HiddenCostDriver.class, rs.getString("driver")), code(CostPurpose.class, rs.getString("purpose")),
				ruleOrNull, years.yearOf(incurredOn), rs.getLong("version"));
	}

	private static <E extends Enum<E>> E code(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static BigDecimal[] zeros() {
		BigDecimal[] zeros = new BigDecimal[TcoYears.HORIZON];
		java.util.Arrays.fill(zeros, BigDecimal.ZERO.setScale(2));
		return zeros;
	}

	/**
	 * Actual DEVELOPMENT cost booked to a phase and dated on or before a day (the gate
	 * page's earned value of one phase; the summaries know phases by month only).
	 */
	BigDecimal actualDevelopmentOfPhase(long projectId, int phase, LocalDate day) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from cost_line where project_id = ? and kind = 'ACTUAL' "
						+ "and stage = 'DEVELOPMENT' and phase = ? and incurred_on <= ?",
				BigDecimal.class, projectId, phase, Date.valueOf(day));
	}

}
