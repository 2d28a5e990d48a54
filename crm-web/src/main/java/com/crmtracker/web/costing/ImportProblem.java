package com.crmtracker.web.costing;

import java.io.Serializable;
import java.util.List;

import com.crmtracker.domain.InvalidInput;

/**
 * A refused import row as the page shows it, with the value the file held; serializable
 * because it travels as a flash attribute through the (JDBC) session.
 */
public record ImportProblem(Integer row, String field, String code, String value) implements Serializable {

	ImportProblem(Integer row, String field, String code) {
		this(row, field, code, null);
	}

	static List<ImportProblem> of(List<InvalidInput.FieldError> errors) {
		return errors.stream().map(e -> new ImportProblem(e.row(), e.field(), e.code(), e.value())).toList();
	}

}
