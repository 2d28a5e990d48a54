package com.crmtracker.web.chart;

/** The message bundles in the reader's language, as the drawing code sees them. */
@FunctionalInterface
public interface Texts {

	String text(String key, Object... arguments);

}
