package com.crmtracker.project;

import java.time.Instant;
import java.util.Locale;

/**
 * A saved baseline of a project.
 *
 * @param name as typed, or in English where the application named it
 * @param nameZh the Chinese name where the application named it, else null
 */
public record BaselineView(long id, String name, String nameZh, String createdBy, Instant createdAt) {

	public String name(Locale locale) {
		return Localized.pick(locale, this.name, this.nameZh);
	}

}
