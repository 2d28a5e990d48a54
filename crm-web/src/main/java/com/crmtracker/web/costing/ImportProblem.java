package com.crmtracker.web.costing;

import java.io.Serializable;
import java.util.List;

import com.crmtracker.domain.InvalidInput;

/**
 * A refused import row as the page shows it; serializable because it travels as a flash
 * attribute through the (JDBC) session.
 */
public record ImportProblem(Integer row, String field, String code) implements Serializable {

	static List<ImportProblem> of(List<InvalidInput.FieldError> errors) {
		return errors.stream().map(e -> new ImportProblem(e.row(), e.field(), e.code())).toList();
	}

}
