package com.crmtracker.web.projects;

import java.time.LocalDate;

import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The project form, for a new project and for an edit (then with the version read and
 * without a template to choose).
 */
public record ProjectForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organisation,
		@NotBlank String currency, @NotNull LocalDate startDate, @NotNull LocalDate plannedGoLive, ProjectStatus status,
		String template, Long version) {

	/** A new project: in CNY, planned, on the nine-phase template. */
	static ProjectForm empty() {
		return new ProjectForm(null, null, "CNY", null, null, ProjectStatus.PLANNED, Projects.DEFAULT_TEMPLATE, null);
	}

	static ProjectForm of(ProjectSummary project) {
		return new ProjectForm(project.name(), project.organisation(), project.currency(), project.startDate(),
				project.plannedGoLive(), project.status(), project.template(), project.version());
	}

	ProjectDraft draft() {
		return new ProjectDraft(this.name, this.organisation, this.currency == null ? null : this.currency.trim(),
				this.startDate, this.plannedGoLive, this.status == null ? ProjectStatus.PLANNED : this.status);
	}

}
