package com.crmtracker.project;

import java.util.Locale;

/** An open deliverable of someone's, with the project and phase it belongs to. */
public record OwnedDeliverable(ProjectSummary project, int phaseNumber, String phaseNameEn, String phaseNameZh,
		DeliverableView deliverable) {

	public String phaseName(Locale locale) {
		return Localized.pick(locale, this.phaseNameEn, this.phaseNameZh);
	}

}
