package com.crmtracker.project;

import java.time.LocalDate;

/** The editable facts of a project; status null keeps the current one (or PLANNED). */
public record ProjectDraft(String name, String organisation, String currency, LocalDate startDate,
		LocalDate plannedGoLive, ProjectStatus status) {
}
