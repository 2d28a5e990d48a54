package com.crmtracker.domain;

/** The roles a user may hold; a user may hold several. */
public enum Role {

	/** Manages users, projects and methodology templates; sees every project. */
	ADMIN,
	/** Runs the projects he or she directs. */
	DIRECTOR,
	/** Enters costs and benefits; a company function that sees every project. */
	FINANCE,
	/** Sits on steering committees: reads dashboards, decides phase gates. */
	STEERING;

	/** Whether the role sees every project, not only those the user belongs to. */
	public boolean seesAllProjects() {
		return this == ADMIN || this == FINANCE;
	}

}
