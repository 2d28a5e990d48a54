package com.crmtracker.project;

import java.time.LocalDate;

import com.crmtracker.domain.ProjectId;

/**
 * A project's start date moved: whatever is dated by TCO year (generated cost lines, the
 * cost summary) follows, in the same transaction.
 */
public record ProjectRescheduled(ProjectId project, LocalDate previousStart, LocalDate newStart) {
}
