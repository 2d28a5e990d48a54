package com.crmtracker.costing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a deleted cost line waits, with the recurring rules that took it as their source,
 * until its deletion can no longer be undone: it comes back with its id, version and
 * creation. Written in the caller's transaction.
 */
@Component
class CostBin {

	/** How long a deletion can be undone. */
	static final Duration UNDO = Duration.ofMinutes(15);

	private static final String LINE = "id, project_id, category, stage, kind, incurred_on, amount, vendor, description, "
			+ "phase, driver, purpose, version, created_at, created_by";

	private static final String RULE = "id, project_id, source_line_id, percent, from_year, to_year, category, stage, "
			+ "description, version, created_at, created_by";

	private final JdbcTemplate jdbc;

	CostBin(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a line and its rules before they are deleted; forgets what is too old. */
	void keep(long projectId, long lineId, String deletedBy, Instant at) {
		this.jdbc.update("delete from cost_line_bin where deleted_at < ?", Timestamp.from(at.minus(UNDO)));
		this.jdbc.update("delete from cost_line_bin where id = ?", lineId);
		this.jdbc.update(
				"insert into cost_line_bin (" + LINE + ", deleted_at, deleted_by) select " + LINE
						+ ", ?, ? from cost_line where id = ? and project_id = ?",
				Timestamp.from(at), deletedBy, lineId, projectId);
		this.jdbc.update("insert into recurring_rule_bin (" + RULE + ") select " + RULE
				+ " from recurring_rule where source_line_id = ? and project_id = ?", lineId, projectId);
	}

	/**
	 * Puts a line deleted since {@code since} back with its rules (not their generated
	 * lines) and empties its place in the bin; false when there is no such line.
	 */
	boolean restore(long projectId, long lineId, Instant since) {
		int restored = this.jdbc.update(
				"insert into cost_line (" + LINE + ") select " + LINE
						+ " from cost_line_bin where id = ? and project_id = ? and deleted_at >= ?",
				lineId, projectId, Timestamp.from(since));
		if (restored == 0) {
			return false;
		}
		this.jdbc.update("insert into recurring_rule (" + RULE + ") select " + RULE
				+ " from recurring_rule_bin where source_line_id = ?", lineId);
		this.jdbc.update("delete from cost_line_bin where id = ?", lineId);
		return true;
	}

}
