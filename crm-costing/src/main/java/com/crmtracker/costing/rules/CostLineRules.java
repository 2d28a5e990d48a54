package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLineDraft;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.domain.FieldReader;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.Values;

/**
 * The rules every cost line obeys, however it arrives (form, API, CSV, XLSX): known
 * codes, dates from 1990 to 2100, exact amounts with at most two decimals, a vendor, a
 * description for a credit, no negative plan, a phase of the plan. Text (a JSON body, a
 * file's cells) is first {@link #read read} into a typed {@link CostLineDraft}; the rules
 * are then {@link #check checked} on the draft, by the one function that pages, API and
 * import all go through. Plain Java.
 */
public final class CostLineRules {

	public static final int TEXT_MAX = 500;

	static final int VENDOR_MAX = 200;

	/** The highest phase number accepted while a project has no phases yet. */
	static final int PHASE_MAX = 99;

	/** Digits before the decimal point an amount may have (numeric(19, 2)). */
	public static final int AMOUNT_INTEGER_DIGITS = 17;

	/** The fields of a line in the order of a form and of a file's columns. */
	static final List<String> FIELDS = List.of("category", "stage", "kind", "incurredOn", "amount", "vendor",
			"description", "phase", "driver", "purpose");

	private CostLineRules() {
	}

	/**
	 * Reads a line written as text into a typed draft: a field that is not a value of its
	 * type is an error and null in the draft. The rules are not checked yet.
	 * @param row the spreadsheet row, or null
	 */
	public static Read read(CostLineInput input, Integer row) {
		FieldReader reader = new FieldReader("cost", row);
		CostCategory category = CostCategory.parse(input.category()).orElse(null);
		if (category == null && !Values.blank(input.category())) {
			reader.reject("category", "unknown",
					"must be one of " + CostCategory.codes() + " (or its English or Chinese name)");
		}
		LifecycleStage stage = code(reader, LifecycleStage.class, "stage", input.stage());
		CostKind kind = code(reader, CostKind.class, "kind", input.kind());
		var incurredOn = reader.date("incurredOn", input.incurredOn(), false);
		BigDecimal amount = reader.decimal("amount", input.amount(), false);
		Integer phase = reader.integer("phase", input.phase(), false);
		HiddenCostDriver driver = code(reader, HiddenCostDriver.class, "driver", input.driver());
		CostPurpose purpose = code(reader, CostPurpose.class, "purpose", input.purpose());
		reader.storable("vendor", input.vendor());
		reader.storable("description", input.description());
		return new Read(new CostLineDraft(category, stage, kind, incurredOn, amount, Values.text(input.vendor()),
				Values.text(input.description()), phase, driver, purpose), reader.errors());
	}

	/**
	 * The rules a typed line breaks, every one of them.
	 * @param phaseCount the number of phases of the project's plan, 0 when it has none
	 * yet
	 * @param row the spreadsheet row, or null
	 */
	public static List<FieldError> check(CostLineDraft line, int phaseCount, Integer row) {
		FieldReader rules = new FieldReader("cost", row);
		if (line.category() == null) {
			rules.reject("category", "required", "must be one of " + CostCategory.codes());
		}
		if (line.stage() == null) {
			rules.reject("stage", "required", "must be one of " + Values.codes(LifecycleStage.class));
		}
		if (line.kind() == null) {
			rules.reject("kind", "required", "must be one of " + Values.codes(CostKind.class));
		}
		if (line.incurredOn() == null) {
			rules.reject("incurredOn", "required", "must not be empty");
		}
		else if (!Values.inRange(line.incurredOn())) {
			rules.reject("incurredOn", "invalid", "must be a date YYYY-MM-DD between 1990-01-01 and 2100-12-31");
		}
		BigDecimal amount = line.amount();
		if (amount == null) {
			rules.reject("amount", "required", "must not be empty");
		}
		else if (amount.stripTrailingZeros().scale() > 2
				|| amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS) {
			rules.reject("amount", "invalid", "must be a plain decimal with at most two decimal places, e.g. 1234.50");
		}
		String vendor = Values.text(line.vendor());
		if (vendor == null) {
			rules.reject("vendor", "required", "must not be empty");
		}
		else if (vendor.length() > VENDOR_MAX) {
			rules.reject("vendor", "tooLong", "must be at most 200 characters");
		}
		String description = Values.text(line.description());
		if (description != null && description.length() > TEXT_MAX) {
			rules.reject("description", "tooLong", "must be at most 500 characters");
		}
		if (amount != null && line.kind() != null && amount.signum() < 0) {
			if (line.kind() == CostKind.PLANNED) {
				rules.reject("amount", "negativePlan", "must not be negative in a plan");
			}
			else if (description == null) {
				rules.reject("description", "creditReason", "must give the reason for a credit (a negative actual)");
			}
		}
		int highest = phaseCount > 0 ? phaseCount : PHASE_MAX;
		if (line.phase() != null && (line.phase() < 1 || line.phase() > highest)) {
			rules.reject("phase", "invalid", "must be a phase number from 1 to " + highest);
		}
		return rules.errors();
	}

	/**
	 * Reads a line written as text and checks its rules: the errors of both, a field
	 * refused when read not refused again by a rule.
	 */
	public static Checked check(CostLineInput input, int phaseCount, Integer row) {
		Read read = read(input, row);
		List<FieldError> errors = read.withRules(check(read.draft(), phaseCount, row));
		return errors.isEmpty() ? new Checked(normalised(read.draft()), List.of()) : new Checked(null, errors);
	}

	/** Checks a typed line and throws {@link InvalidInput} naming every broken rule. */
	public static CostLineDraft require(CostLineDraft line, int phaseCount) {
		List<FieldError> errors = check(line, phaseCount, null);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return normalised(line);
	}

	/** The line as it is stored: amounts to the cent, texts stripped. */
	static CostLineDraft normalised(CostLineDraft line) {
		return new CostLineDraft(line.category(), line.stage(), line.kind(), line.incurredOn(),
				line.amount().setScale(2), Values.text(line.vendor()), Values.text(line.description()), line.phase(),
				line.driver(), line.purpose());
	}

	private static <E extends Enum<E>> E code(FieldReader reader, Class<E> type, String field, String text) {
		E value = Values.code(type, text);
		if (value == null && !Values.blank(text)) {
			reader.reject(field, "unknown", "must be one of " + Values.codes(type));
		}
		return value;
	}

	/**
	 * A line read from text: the typed draft (null where a field was bad) and the errors.
	 */
	public record Read(CostLineDraft draft, List<FieldError> errors) {

		public Read {
			errors = List.copyOf(errors);
		}

		/**
		 * These errors and the broken rules of fields read well: a refusal names every
		 * bad field once.
		 */
		public List<FieldError> withRules(List<FieldError> rules) {
			List<FieldError> all = new ArrayList<>(this.errors);
			Set<String> bad = new HashSet<>();
			this.errors.forEach(e -> bad.add(e.field()));
			rules.stream().filter(e -> !bad.contains(e.field())).forEach(all::add);
			all.sort(java.util.Comparator.comparingInt(e -> FIELDS.indexOf(e.field())));
			return all;
		}

	}

	/** A checked line: the draft, or the broken rules. */
	public record Checked(CostLineDraft draft, List<FieldError> errors) {

		public Checked {
			errors = List.copyOf(errors);
		}

	}

}
