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

	/** The member who owns it, by user name. */
	@Column(name = "owner_username")
	private String ownerUsername;

	/**
	 * An owner typed as free text before owners were members, where it named no member;
	 * shown as typed until someone chooses a member.
	 */
	@Column(name = "owner_text")
	private String ownerText;

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
		String owner = blankToNull(draft.owner());
		if (owner == null) {
			this.ownerUsername = null;
			this.ownerText = null;
		}
		else if (!owner.equals(owner())) {
			this.ownerUsername = owner;
			this.ownerText = null;
		}
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

	/**
	 * The owner as the API names it: the member's user name, or the text typed before
	 * owners were members.
	 */
	String owner() {
		return this.ownerUsername != null ? this.ownerUsername : this.ownerText;
	}

	/** The user name of the member who owns it, or null. */
	String ownerUsername() {
		return this.ownerUsername;
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

	/**
	 * As shown and sent, as of today.
	 * @param ownerName the display name of the owner when a member owns it
	 */
	DeliverableView view(int phaseNumber, LocalDate today, String ownerName) {
		return new DeliverableView(this.id, phaseNumber, this.name, this.nameZh, owner(),
				this.ownerUsername != null ? (ownerName != null ? ownerName : this.ownerUsername) : this.ownerText,
				this.ownerUsername != null, this.dueDate, this.completedOn, this.weight, this.documentLink,
				PlanRules.slipDays(this.dueDate, this.completedOn, today),
				PlanRules.overdue(this.dueDate, this.completedOn, today), this.version);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
