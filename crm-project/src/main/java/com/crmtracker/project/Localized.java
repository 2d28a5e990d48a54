package com.crmtracker.project;

import java.util.Locale;

/** Picks the Chinese text for a Chinese reader when there is one, else the English. */
final class Localized {

	private Localized() {
	}

	static String pick(Locale locale, String english, String chinese) {
		if (chinese != null && locale != null && "zh".equals(locale.getLanguage())) {
			return chinese;
		}
		return english;
	}

}
