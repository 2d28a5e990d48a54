package com.crmtracker.web.chart;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles, as the chart fragment reads them, in a language. */
final class Bundles {

	private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

	static {
		SOURCE.setBasenames("messages/messages", "messages/plan", "messages/costing", "messages/scorecard",
				"messages/dashboard", "messages/chart");
		SOURCE.setDefaultEncoding("UTF-8");
		SOURCE.setFallbackToSystemLocale(false);
	}

	private Bundles() {
	}

	static Texts in(Locale locale) {
		return (key, arguments) -> SOURCE.getMessage(key, arguments, locale);
	}

	static final Texts ENGLISH = in(Locale.ENGLISH);

	static final Texts CHINESE = in(Locale.SIMPLIFIED_CHINESE);

}
