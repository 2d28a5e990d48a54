package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.crmtracker.project.rules.PlanRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "deliverable")
class Deliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "phase_id", nullable = false, updatable = false)
	private long phaseId;

	@Column(nullable = false)
	private String name;

	/** Chinese name of a deliverable copied from a template; null once renamed. */
	@Column(name = "name_zh")
	private String nameZh;

	private String owner;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(nullable = false, precision = 9, scale = 2)
	private BigDecimal weight = BigDecimal.ONE;

	@Column(name = "document_link")
	private String documentLink;

	@Version
	private long version;

	protected Deliverable() {
	}

	Deliverable(long phaseId, String name, String nameZh, LocalDate dueDate) {
		this.phaseId = phaseId;
		this.name = name;
		this.nameZh = nameZh;
		this.dueDate = dueDate;
	}

	Deliverable(long phaseId, DeliverableDraft draft) {
		this.phaseId = phaseId;
		apply(draft);
	}

	void apply(DeliverableDraft draft) {
		String newName = draft.name().trim();
		if (!newName.equals(this.name) && !newName.equals(this.nameZh)) {
			this.name = newName;
			this.nameZh = null;
		}
		this.owner = blankToNull(draft.owner());
		this.dueDate = draft.dueDate();
		this.completedOn = draft.completedOn();
		this.weight = draft.weight() == null ? BigDecimal.ONE : draft.weight();
		this.documentLink = blankToNull(draft.documentLink());
	}

	void complete(LocalDate on) {
		this.completedOn = on;
	}

	/** The phase moved: the due date moves with it. */
	void moveDue(LocalDate due) {
		this.dueDate = due;
	}

	void reopen() {
		this.completedOn = null;
	}

	Long id() {
		return this.id;
	}

	long phaseId() {
		return this.phaseId;
	}

	String name() {
		return this.name;
	}

	String nameZh() {
		return this.nameZh;
	}

	LocalDate dueDate() {
		return this.dueDate;
	}

	LocalDate completedOn() {
		return this.completedOn;
	}

	BigDecimal weight() {
		return this.weight;
	}

	long version() {
		return this.version;
	}

	boolean complete() {
		return this.completedOn != null;
	}

	DeliverableView view(int phaseNumber, LocalDate today) {
		return new DeliverableView(this.id, phaseNumber, this.name, this.nameZh, this.owner, this.dueDate,
				this.completedOn, this.weight, this.documentLink,
				PlanRules.slipDays(this.dueDate, this.completedOn, today),
				PlanRules.overdue(this.dueDate, this.completedOn, today), this.version);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
