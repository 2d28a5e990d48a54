package com.crmtracker.web.plan;

/**
 * A copy of a methodology template under a new code and names; the templates facade
 * checks every field at once.
 */
public record TemplateCopyForm(String newCode, String nameEn, String nameZh) {

	static TemplateCopyForm empty() {
		return new TemplateCopyForm(null, null, null);
	}

}
