package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What other modules need of a phase: its number, dates and progress (completed
 * deliverable weight / total weight, 0 when it has none), e.g. for earned value.
 */
public record PhaseSchedule(int number, String name, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, BigDecimal progress) {
}
