package com.crmtracker.project;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a deleted deliverable waits until its deletion can no longer be undone: it comes
 * back with its id, so its audit history goes on, and its return is a revision of its own
 * in that history. Written in the caller's transaction.
 */
@Component
class DeliverableBin {

	/** How long a deletion can be undone. */
	static final Duration UNDO = Duration.ofMinutes(15);

	private static final String COLUMNS = "id, phase_id, name, name_zh, owner_username, owner_text, due_date, completed_on, weight, "
			+ "document_link";

	private final JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entities;

	DeliverableBin(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void keep(long projectId, long deliverableId, String deletedBy, Instant at) {
		this.jdbc.update("delete from deliverable_bin where deleted_at < ? or id = ?", Timestamp.from(at.minus(UNDO)),
				deliverableId);
		this.jdbc.update(
				"insert into deliverable_bin (" + COLUMNS + ", version, project_id, deleted_at, deleted_by) "
						+ "select " + COLUMNS + ", version, ?, ?, ? from deliverable where id = ?",
				projectId, Timestamp.from(at), deletedBy, deliverableId);
	}

	/** The phase of a deliverable of this project deleted since then, or null. */
	Long phaseOf(long projectId, long deliverableId, Instant since) {
		return this.jdbc
			.query("select phase_id from deliverable_bin where id = ? and project_id = ? and deleted_at >= ?",
					(row, n) -> row.getLong(1), deliverableId, projectId, Timestamp.from(since))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Puts the deliverable back and writes its return into the audit history. */
	void restore(long deliverableId) {
		this.jdbc.update("insert into deliverable (" + COLUMNS + ", version) select " + COLUMNS
				+ ", version from deliverable_bin where id = ?", deliverableId);
		this.jdbc.update("delete from deliverable_bin where id = ?", deliverableId);
		// the revision of this transaction, made by Envers with its user and time
		AuditRevision revision = AuditReaderFactory.get(this.entities).getCurrentRevision(AuditRevision.class, true);
		this.entities.flush();
		this.jdbc.update("insert into deliverable_aud (" + COLUMNS + ", rev, revtype) select " + COLUMNS
				+ ", ?, 0 from deliverable where id = ?", revision.id(), deliverableId);
	}

}
