package com.crmtracker.project;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.ProjectId;

/**
 * A project the actor may see, with the actor's rights on it. Only
 * {@link ProjectAccess#open} makes one, so a facade that takes a handle knows visibility
 * was decided; it checks at most the one right it needs, with {@link #require}.
 */
public final class ProjectHandle {

	private final Actor actor;

	private final ProjectSummary project;

	private final Set<ProjectRight> rights;

	ProjectHandle(Actor actor, ProjectSummary project, Set<ProjectRight> rights) {
		this.actor = Objects.requireNonNull(actor, "actor");
		this.project = Objects.requireNonNull(project, "project");
		this.rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
	}

	/** Who acts. */
	public Actor actor() {
		return this.actor;
	}

	/** The acting user's name, as recorded on what he or she changes. */
	public String username() {
		return this.actor.username();
	}

	public ProjectId id() {
		return this.project.projectId();
	}

	/** The project id as stored in the tables. */
	public long value() {
		return this.project.id();
	}

	/** The project's facts as they were when the handle was opened. */
	public ProjectSummary project() {
		return this.project;
	}

	/** ISO 4217 code of the project's currency. */
	public String currency() {
		return this.project.currency();
	}

	/** The first day of TCO year 1. */
	public LocalDate startDate() {
		return this.project.startDate();
	}

	public Set<ProjectRight> rights() {
		return this.rights;
	}

	public boolean may(ProjectRight right) {
		return this.rights.contains(right);
	}

	/**
	 * Refuses with {@link Forbidden} unless the actor holds the right on this project.
	 */
	public ProjectHandle require(ProjectRight right) {
		if (!may(right)) {
			throw new Forbidden(switch (right) {
				case EDIT_PLAN -> "Only the project's director may change this";
				case CHANGE_MONEY -> "Only finance may change costs and benefits";
				case DECIDE_GATES -> "Only a member of the project's steering committee may do this";
				case ADMINISTER -> "Only an admin or the project's director may change this";
			});
		}
		return this;
	}

	/** The same handle with the project's facts as they are after a change. */
	ProjectHandle with(ProjectSummary changed) {
		return new ProjectHandle(this.actor, changed, this.rights);
	}

	@Override
	public String toString() {
		return "project " + this.project.id() + " opened by " + this.actor.username() + " " + this.rights;
	}

}
