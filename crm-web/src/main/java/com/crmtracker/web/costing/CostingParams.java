package com.crmtracker.web.costing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostKind;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Values;
import com.crmtracker.domain.InvalidInput.FieldError;

/**
 * Request parameters of the costing pages and API, read from text so that a bad value is
 * a 422 naming its parameter.
 */
public final class CostingParams {

	private CostingParams() {
	}

	/** The ledger filter from request parameters; blank parts mean "any". */
	public static CostFilter filter(String kind, String category, String year, String phase, String vendor) {
		List<FieldError> errors = new ArrayList<>();
		CostKind k = null;
		if (!blank(kind)) {
			k = Values.code(CostKind.class, kind);
			if (k == null) {
				errors.add(new FieldError("kind", "cost.kind.unknown", "must be PLANNED or ACTUAL", null));
			}
		}
		CostCategory c = null;
		if (!blank(category)) {
			c = CostCategory.parse(category).orElse(null);
			if (c == null) {
				errors.add(new FieldError("category", "cost.category.unknown", "must be a cost category code", null));
			}
		}
		Integer y = blank(year) ? null : integer(year);
		if (!blank(year) && (y == null || y < 1 || y > 6)) {
			errors.add(new FieldError("year", "cost.year.invalid",
					"must be a TCO year from 1 to 5, or 6 for after the horizon", null));
		}
		Integer p = blank(phase) ? null : integer(phase);
		if (!blank(phase) && (p == null || p < 1)) {
			errors.add(new FieldError("phase", "cost.phase.invalid", "must be a phase number", null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CostFilter(k, c, y, p, blank(vendor) ? null : vendor.strip());
	}

	/** A whole number parameter, or the default when absent. */
	public static int number(String field, String text, int otherwise) {
		if (blank(text)) {
			return otherwise;
		}
		Integer value = integer(text);
		if (value == null) {
			throw InvalidInput.of(field, "param.number.invalid", "must be a whole number");
		}
		return value;
	}

	/** An enumeration code, case ignored; 422 naming the field when unknown. */
	public static <E extends Enum<E>> E code(Class<E> type, String field, String text) {
		E value = Values.code(type, text);
		if (value == null) {
			throw InvalidInput.of(field, "param.code.invalid",
					"must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		}
		return value;
	}

	/** Whether an uploaded file is a workbook rather than CSV. */
	public static boolean isXlsx(String filename, String contentType) {
		return (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
				|| (contentType != null && contentType.contains("spreadsheetml"));
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
