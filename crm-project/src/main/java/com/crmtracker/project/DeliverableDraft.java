package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable facts of a deliverable; a null weight means 1. A name in either language
 * of a template deliverable keeps both; another name replaces them with free text.
 *
 * @param owner the user name of a member of the project, or blank for none; the owner a
 * deliverable has (even one who has left the project, or text typed before owners were
 * members) is kept as it is
 */
public record DeliverableDraft(String name, String owner, LocalDate dueDate, LocalDate completedOn, BigDecimal weight,
		String documentLink) {
}
