package com.crmtracker.project;

import java.time.LocalDate;

/** The planned and actual dates of a phase as a director edits them. */
public record PhaseDates(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {
}
