package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A deliverable (milestone) as shown and sent.
 *
 * @param owner the owner's user name, or the text typed before owners were members
 * @param ownerName the owner's display name, or that text as typed
 * @param ownerIsMember whether {@code owner} is a user name (of a member, or of one who
 * has left the project since)
 * @param slipDays completion date (or today while open) minus due date, when positive
 * @param overdue open and past its due date
 */
public record DeliverableView(long id, int phaseNumber, String name, String nameZh, String owner, String ownerName,
		boolean ownerIsMember, LocalDate dueDate, LocalDate completedOn, BigDecimal weight, String documentLink,
		long slipDays, boolean overdue, long version) {

	public String name(Locale locale) {
		return Localized.pick(locale, this.name, this.nameZh);
	}

	public boolean complete() {
		return this.completedOn != null;
	}

	/** Only http(s) links are shown as links. */
	public boolean linkIsWeb() {
		return this.documentLink != null
				&& (this.documentLink.startsWith("https://") || this.documentLink.startsWith("http://"));
	}

}
