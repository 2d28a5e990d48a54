package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable facts of a deliverable; a null weight means 1. A name in either language
 * of a template deliverable keeps both; another name replaces them with free text.
 */
public record DeliverableDraft(String name, String owner, LocalDate dueDate, LocalDate completedOn, BigDecimal weight,
		String documentLink) {
}
