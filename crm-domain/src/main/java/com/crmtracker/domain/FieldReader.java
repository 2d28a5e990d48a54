package com.crmtracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.domain.InvalidInput.FieldError;

/**
 * Reads the text fields of one input (a JSON body, a CSV row) with {@link Values},
 * collecting a field error for every field that is missing or not a value of its type, so
 * that a refusal names every bad field at once. Codes are
 * {@code <prefix>.<field>.required} and {@code <prefix>.<field>.invalid}.
 */
public final class FieldReader {

	private final String prefix;

	private final Integer row;

	private final List<FieldError> errors = new ArrayList<>();

	/**
	 * @param prefix the first part of the message codes, e.g. {@code cost}
	 * @param row the spreadsheet row, or null
	 */
	public FieldReader(String prefix, Integer row) {
		this.prefix = prefix;
		this.row = row;
	}

	public BigDecimal amount(String field, String text, boolean required) {
		return read(field, text, required, Values.amount(text),
				"must be a plain decimal with at most two decimal places, e.g. 1234.50");
	}

	public BigDecimal decimal(String field, String text, boolean required) {
		return read(field, text, required, Values.decimal(text), "must be a plain decimal number, e.g. 12.5");
	}

	public Integer integer(String field, String text, boolean required) {
		return read(field, text, required, Values.integer(text), "must be a whole number");
	}

	public LocalDate date(String field, String text, boolean required) {
		return read(field, text, required, Values.date(text),
				"must be a date YYYY-MM-DD between 1990-01-01 and 2100-12-31");
	}

	public <E extends Enum<E>> E code(String field, Class<E> type, String text, boolean required) {
		return read(field, text, required, Values.code(type, text), "must be one of " + Values.codes(type));
	}

	/**
	 * Text stripped, null when blank; required text must not be blank nor hold a control
	 * character ({@link #storable}).
	 */
	public String text(String field, String text, boolean required, int maxLength) {
		String value = Values.text(text);
		if (!storable(field, text)) {
			return value;
		}
		if (value == null && required) {
			reject(field, "required", "must not be empty");
		}
		else if (value != null && value.length() > maxLength) {
			reject(field, "tooLong", "must be at most " + maxLength + " characters");
		}
		return value;
	}

	/**
	 * Whether the text may be stored: an error {@code <prefix>.<field>.control} when it
	 * holds a control character other than tab and line breaks
	 * ({@link Values#unstorable}).
	 */
	public boolean storable(String field, String text) {
		String found = Values.unstorable(text);
		if (found != null) {
			reject(field, "control", controlMessage(found));
			return false;
		}
		return true;
	}

	/** The words of the refusal of a control character, the same wherever it is found. */
	public static String controlMessage(String found) {
		return "must not contain control characters (found " + found + ")";
	}

	/** Adds an error of a rule beyond the type of a value. */
	public void reject(String field, String reason, String message) {
		this.errors.add(new FieldError(field, this.prefix + "." + field + "." + reason, message, this.row));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<FieldError> errors() {
		return List.copyOf(this.errors);
	}

	/** Throws {@link InvalidInput} with every error read so far, if there is any. */
	public void check() {
		if (!this.errors.isEmpty()) {
			throw new InvalidInput(this.errors);
		}
	}

	private <T> T read(String field, String text, boolean required, T value, String message) {
		if (Values.blank(text)) {
			if (required) {
				reject(field, "required", "must not be empty");
			}
			return null;
		}
		if (value == null) {
			reject(field, "invalid", message);
		}
		return value;
	}

}
