package com.crmtracker.web.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan over time: a row per phase with its planned bar, actual bar, baseline outline
 * and deliverable diamonds, month ticks and a line for today.
 */
public record TimelineChart(String id, Text title, Text description, LocalDate today, List<Row> rows,
		boolean baseline) implements Chart {

	/** Inclusive days, a phase ends at the end of its last day. */
	public record Span(LocalDate start, LocalDate end) {
	}

	public enum State {

		DONE, OPEN, OVERDUE

	}

	public record Deliverable(LocalDate due, State state, String title) {
	}

	public record Row(int number, String label, String status, Span planned, Span actual, Span baseline,
			List<Deliverable> deliverables) {
	}

	@Override
	public boolean wide() {
		return true;
	}

	@Override
	public boolean empty() {
		return this.rows.isEmpty();
	}

}
