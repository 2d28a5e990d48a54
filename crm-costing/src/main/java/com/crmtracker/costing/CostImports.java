package com.crmtracker.costing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the import records ({@code cost_import}) and of the files kept for a preview
 * ({@code cost_import_upload}).
 */
@Component
class CostImports {

	private static final String COLUMNS = "id, file_name, sha256, lines, skipped_generated, imported_by, imported_at";

	/** Written while the import runs; the real hash replaces it before the commit. */
	private static final String NO_HASH_YET = "0".repeat(64);

	private final JdbcTemplate jdbc;

	CostImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an import that is starting; its lines will point at the answered id. */
	long begin(long projectId, String fileName, String by, Instant at) {
		return this.jdbc.queryForObject(
				"insert into cost_import (project_id, file_name, sha256, lines, imported_by, imported_at) "
						+ "values (?, ?, ?, 0, ?, ?) returning id",
				Long.class, projectId, fileName, NO_HASH_YET, by, Timestamp.from(at));
	}

	void finish(long importId, String sha256, int lines, int skippedGenerated) {
		this.jdbc.update("update cost_import set sha256 = ?, lines = ?, skipped_generated = ? where id = ?", sha256,
				lines, skippedGenerated, importId);
	}

	/**
	 * Holds, until the caller's transaction ends, every other import of the same content
	 * into the same project at this point: so that of two identical files sent at the
	 * same moment the second sees the first (committed) when it looks for
	 * {@link #sameFile}. A transaction-scoped advisory lock on one 64-bit key,
	 * PostgreSQL's hash of the content's SHA-256 seeded with the project's id (another
	 * project or file that happens to share the key only waits a moment, it is never
	 * refused).
	 */
	void lockSameFile(long projectId, String sha256) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, ?))", sha256, projectId);
	}

	/** The first earlier import of the project with the same content, if any. */
	Optional<CostImportView> sameFile(long projectId, String sha256, Long except) {
		return this.jdbc
			.query("select " + COLUMNS + " from cost_import where project_id = ? and sha256 = ? and id <> ? "
					+ "order by imported_at, id limit 1", (rs, n) -> view(rs), projectId, sha256,
					except == null ? -1L : except)
			.stream()
			.findFirst();
	}

	List<CostImportView> list(long projectId) {
		return this.jdbc.query(
				"select " + COLUMNS + " from cost_import where project_id = ? order by imported_at desc, id desc",
				(rs, n) -> view(rs), projectId);
	}

	Optional<CostImportView> find(long projectId, long importId) {
		return this.jdbc
			.query("select " + COLUMNS + " from cost_import where project_id = ? and id = ?", (rs, n) -> view(rs),
					projectId, importId)
			.stream()
			.findFirst();
	}

	/** The recurring rules whose source line came with the import. */
	List<Long> rulesFromLinesOf(long importId) {
		return this.jdbc.queryForList("select r.id from recurring_rule r join cost_line s on s.id = r.source_line_id "
				+ "where s.import_id = ? order by r.id", Long.class, importId);
	}

	/** Deletes the import's lines and its record. */
	void delete(long importId) {
		this.jdbc.update("delete from cost_line where import_id = ?", importId);
		this.jdbc.update("delete from cost_import where id = ?", importId);
	}

	/** A file kept for a preview. */
	record Staged(String token, String fileName, boolean xlsx, String charset, byte[] content) {
	}

	void stage(String token, long projectId, String by, ImportFile file, byte[] content, Instant expiresAt) {
		this.jdbc.update(
				"insert into cost_import_upload (token, project_id, uploaded_by, file_name, xlsx, charset, content, "
						+ "expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				token, projectId, by, file.name(), file.xlsx(), file.charset().name(), content,
				Timestamp.from(expiresAt));
	}

	/** The file the user uploaded for this project under the token, unless expired. */
	Optional<Staged> staged(String token, long projectId, String by, Instant now) {
		return this.jdbc
			.query("select token, file_name, xlsx, charset, content from cost_import_upload where token = ? "
					+ "and project_id = ? and uploaded_by = ? and expires_at > ?",
					(rs, n) -> new Staged(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
							rs.getBytes(5)),
					token, projectId, by, Timestamp.from(now))
			.stream()
			.findFirst();
	}

	void unstage(String token) {
		this.jdbc.update("delete from cost_import_upload where token = ?", token);
	}

	/** Forgets the uploads of everyone that have expired. */
	void dropExpired(Instant now) {
		this.jdbc.update("delete from cost_import_upload where expires_at <= ?", Timestamp.from(now));
	}

	private static CostImportView view(ResultSet rs) throws SQLException {
		return new CostImportView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				rs.getString(6), rs.getTimestamp(7).toInstant());
	}

}
