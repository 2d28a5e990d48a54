package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;

/**
 * The rules every cost line obeys, however it arrives (form, API, CSV, XLSX): exact
 * amounts with at most two decimals, known codes, dates from 1990 to 2100, a vendor, a
 * description for a credit, a phase of the plan. Plain Java.
 */
public final class CostLineRules {

	/** A plain decimal: no exponent, no thousands separator, at most two places. */
	private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final int TEXT_MAX = 500;

	static final int VENDOR_MAX = 200;

	/** The highest phase number accepted while a project has no phases yet. */
	static final int PHASE_MAX = 99;

	private CostLineRules() {
	}

	/**
	 * Checks a line; every broken rule becomes a field error (with the row, for imports).
	 * @param phaseCount the number of phases of the project's plan, 0 when it has none
	 * yet
	 * @param row the spreadsheet row, or null
	 */
	public static Checked check(CostLineInput input, int phaseCount, Integer row) {
		List<FieldError> errors = new ArrayList<>();
		CostCategory category = CostCategory.parse(input.category()).orElse(null);
		if (category == null) {
			errors.add(new FieldError("category",
					blank(input.category()) ? "cost.category.required" : "cost.category.unknown",
					"must be one of " + CostCategory.codes() + " (or its English or Chinese name)", row));
		}
		LifecycleStage stage = code(LifecycleStage.class, input.stage(), "stage", errors, row);
		CostKind kind = code(CostKind.class, input.kind(), "kind", errors, row);
		LocalDate incurredOn = date(input.incurredOn(), errors, row);
		BigDecimal amount = amount(input.amount(), errors, row);
		String vendor = trim(input.vendor());
		if (vendor == null) {
			errors.add(new FieldError("vendor", "cost.vendor.required", "must not be empty", row));
		}
		else if (vendor.length() > VENDOR_MAX) {
			errors.add(new FieldError("vendor", "cost.vendor.tooLong", "must be at most 200 characters", row));
		}
		String description = trim(input.description());
		if (description != null && description.length() > TEXT_MAX) {
			errors
				.add(new FieldError("description", "cost.description.tooLong", "must be at most 500 characters", row));
		}
		if (amount != null && kind != null && amount.signum() < 0) {
			if (kind == CostKind.PLANNED) {
				errors.add(new FieldError("amount", "cost.amount.negativePlan", "must not be negative in a plan", row));
			}
			else if (description == null) {
				errors.add(new FieldError("description", "cost.description.creditReason",
						"must give the reason for a credit (a negative actual)", row));
			}
		}
		Integer phase = phase(input.phase(), phaseCount, errors, row);
		HiddenCostDriver driver = blank(input.driver()) ? null
				: code(HiddenCostDriver.class, input.driver(), "driver", errors, row);
		CostPurpose purpose = blank(input.purpose()) ? null
				: code(CostPurpose.class, input.purpose(), "purpose", errors, row);
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(new CostLineDraft(category, stage, kind, incurredOn, amount, vendor, description, phase,
				driver, purpose), List.of());
	}

	/** Checks a line and throws {@link InvalidInput} naming every bad field. */
	public static CostLineDraft require(CostLineInput input, int phaseCount) {
		Checked checked = check(input, phaseCount, null);
		if (!checked.errors().isEmpty()) {
			throw new InvalidInput(checked.errors());
		}
		return checked.draft();
	}

	/**
	 * An amount as the rules accept it: a plain decimal with at most two places; null
	 * otherwise.
	 */
	public static BigDecimal parseAmount(String text) {
		if (text == null || !AMOUNT.matcher(text.strip()).matches()) {
			return null;
		}
		return new BigDecimal(text.strip()).setScale(2);
	}

	/** A date between 1990-01-01 and 2100-12-31 in ISO form; null otherwise. */
	public static LocalDate parseDate(String text) {
		if (text == null || !DATE.matcher(text.strip()).matches()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** An enumeration code, case ignored; null when blank or unknown. */
	public static <E extends Enum<E>> E parseCode(Class<E> type, String text) {
		if (blank(text)) {
			return null;
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
	}

	private static BigDecimal amount(String text, List<FieldError> errors, Integer row) {
		if (blank(text)) {
			errors.add(new FieldError("amount", "cost.amount.required", "must not be empty", row));
			return null;
		}
		BigDecimal amount = parseAmount(text);
		if (amount == null) {
			errors.add(new FieldError("amount", "cost.amount.invalid",
					"must be a plain decimal with at most two decimal places, e.g. 1234.50", row));
		}
		return amount;
	}

	private static LocalDate date(String text, List<FieldError> errors, Integer row) {
		LocalDate date = parseDate(text);
		if (date == null) {
			errors
				.add(new FieldError("incurredOn", blank(text) ? "cost.incurredOn.required" : "cost.incurredOn.invalid",
						"must be a date YYYY-MM-DD between 1990-01-01 and 2100-12-31", row));
		}
		return date;
	}

	private static Integer phase(String text, int phaseCount, List<FieldError> errors, Integer row) {
		if (blank(text)) {
			return null;
		}
		int highest = phaseCount > 0 ? phaseCount : PHASE_MAX;
		try {
			int phase = Integer.parseInt(text.strip());
			if (phase >= 1 && phase <= highest) {
				return phase;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new FieldError("phase", "cost.phase.invalid", "must be a phase number from 1 to " + highest, row));
		return null;
	}

	private static <E extends Enum<E>> E code(Class<E> type, String text, String field, List<FieldError> errors,
			Integer row) {
		E value = parseCode(type, text);
		if (value == null) {
			errors
				.add(new FieldError(field, "cost." + field + (blank(text) ? ".required" : ".unknown"),
						"must be one of "
								+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()),
						row));
		}
		return value;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}

	/** A checked line: the draft, or the broken rules. */
	public record Checked(CostLineDraft draft, List<FieldError> errors) {

		public Checked {
			errors = List.copyOf(errors);
		}

	}

}
