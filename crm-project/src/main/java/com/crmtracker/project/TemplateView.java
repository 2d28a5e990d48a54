package com.crmtracker.project;

import java.util.List;
import java.util.Locale;

/**
 * A methodology template: its phases and their typical deliverables, in English and
 * Chinese.
 */
public record TemplateView(String code, String nameEn, String nameZh, boolean builtin, long version,
		List<Phase> phases) {

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameZh);
	}

	/**
	 * A phase of a template; durationWeight spreads the time up to go-live; goLive marks
	 * the phase whose planned end a project's planned go-live is checked against.
	 */
	public record Phase(int number, String nameEn, String nameZh, int durationWeight, boolean goLive,
			List<Deliverable> deliverables) {

		public String name(Locale locale) {
			return Localized.pick(locale, this.nameEn, this.nameZh);
		}

	}

	public record Deliverable(String nameEn, String nameZh) {

		public String name(Locale locale) {
			return Localized.pick(locale, this.nameEn, this.nameZh);
		}

	}

}
