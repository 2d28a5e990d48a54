package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.domain.InvalidInput.FieldError;

/**
 * What an import of a file would store, nothing stored yet: the lines by category and TCO
 * year with their planned and actual totals, the generated lines it would skip, every bad
 * row (with field and offending value), and an earlier import of the same file.
 */
public record ImportPreview(String fileName, int lines, int skippedGenerated, List<Group> groups, BigDecimal planned,
		BigDecimal actual, List<FieldError> errors, int badRows, CostImportView sameFile) {

	public ImportPreview {
		groups = List.copyOf(groups);
		errors = List.copyOf(errors);
	}

	/** The lines of one category in one TCO year (6: after the horizon). */
	public record Group(CostCategory category, int tcoYear, int lines, BigDecimal planned, BigDecimal actual) {
	}

	/** Whether committing would store the lines (no bad row, at least one line). */
	public boolean committable() {
		return this.errors.isEmpty() && this.lines > 0;
	}

}
