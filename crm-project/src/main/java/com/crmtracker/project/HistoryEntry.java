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

	/**
	 * A field's old and new value as text; where a value is the name of a template
	 * deliverable, its Chinese name beside it.
	 */
	public record Change(String field, String from, String to, String fromZh, String toZh) {

		public Change(String field, String from, String to) {
			this(field, from, to, null, null);
		}

		/** The old value in the reader's language. */
		public String from(Locale locale) {
			return Localized.pick(locale, this.from, this.fromZh);
		}

		/** The new value in the reader's language. */
		public String to(Locale locale) {
			return Localized.pick(locale, this.to, this.toZh);
		}

	}

}
