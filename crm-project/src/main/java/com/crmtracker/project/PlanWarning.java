package com.crmtracker.project;

import java.util.List;

/**
 * A warning about a project's plan, e.g. {@code GO_LIVE_AT_RISK}: its code, a message for
 * machines (the API), and the arguments a page's message takes.
 */
public record PlanWarning(String code, String message, List<Object> arguments) {

	public PlanWarning {
		arguments = List.copyOf(arguments);
	}

}
