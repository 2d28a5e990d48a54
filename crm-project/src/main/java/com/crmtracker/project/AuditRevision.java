package com.crmtracker.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision (one transaction) and the user who made it. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision")
	@SequenceGenerator(name = "audit_revision", sequenceName = "audit_revision_seq", allocationSize = 1)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "revision_epoch_millis", nullable = false)
	private long timestamp;

	@Column(nullable = false)
	private String username;

	long id() {
		return this.id;
	}

	long timestamp() {
		return this.timestamp;
	}

	String username() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
