package com.crmtracker.project;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One recorded change to a phase, a deliverable or a gate.
 *
 * @param subject what changed
 * @param action added, modified or deleted
 * @param changes the fields that changed, with their old and new values as text
 */
public record HistoryEntry(long revision, Instant at, String username, String displayName, Subject subject,
		int phaseNumber, String nameEn, String nameZh, Action action, List<Change> changes) {

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameZh);
	}

	public enum Subject {

		PHASE, DELIVERABLE, GATE

	}

	public enum Action {

		ADDED, CHANGED, DELETED

	}

	public record Change(String field, String from, String to) {
	}

}
