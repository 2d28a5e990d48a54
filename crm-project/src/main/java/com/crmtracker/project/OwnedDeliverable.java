package com.crmtracker.project;

import java.util.Locale;

/**
 * An open deliverable of someone's, with the project and phase it belongs to;
 * {@code seen} is false for a project of whose team the owner is a member without seeing
 * the project (its plan cannot be opened, so the home page links nowhere).
 */
public record OwnedDeliverable(ProjectSummary project, int phaseNumber, String phaseNameEn, String phaseNameZh,
		DeliverableView deliverable, boolean seen) {

	public String phaseName(Locale locale) {
		return Localized.pick(locale, this.phaseNameEn, this.phaseNameZh);
	}

}
