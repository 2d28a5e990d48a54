package com.crmtracker.project;

import java.time.LocalDate;

import com.crmtracker.domain.ProjectId;

public record ProjectSummary(long id, String name, String organisation, String currency, LocalDate startDate,
		LocalDate plannedGoLive, ProjectStatus status, String template, long version) {

	public ProjectId projectId() {
		return new ProjectId(this.id);
	}

}
