package com.crmtracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one parser of typed values written as text, however they arrive: a form field, a
 * JSON string, a CSV or XLSX cell. Each answers the value, or null when the text is blank
 * or not such a value; {@link FieldReader} turns the nulls into field errors.
 */
public final class Values {

	/** The earliest date the product accepts anywhere. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	/** The latest date the product accepts anywhere. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** A plain decimal: no exponent, no thousands separator, at most two places. */
	private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,17}(\\.\\d{1,10})?");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Values() {
	}

	public static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * The first character of the text that no text field may hold, as {@code U+0000}, or
	 * null when there is none: the control characters (C0, DEL and C1) other than tab,
	 * line feed and carriage return. PostgreSQL cannot store U+0000 at all, and the
	 * others garble what is shown and exported.
	 */
	public static String unstorable(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
			if (control) {
				return String.format("U+%04X", (int) c);
			}
		}
		return null;
	}

	/** The text stripped, or null when blank. */
	public static String text(String text) {
		return blank(text) ? null : text.strip();
	}

	/** An amount of money: a plain decimal with at most two places, at scale 2. */
	public static BigDecimal amount(String text) {
		if (blank(text) || !AMOUNT.matcher(text.strip()).matches()) {
			return null;
		}
		return new BigDecimal(text.strip()).setScale(2);
	}

	/** A plain decimal with at most ten places (no exponent, no separators). */
	public static BigDecimal decimal(String text) {
		if (blank(text) || !DECIMAL.matcher(text.strip()).matches()) {
			return null;
		}
		return new BigDecimal(text.strip());
	}

	/** A whole number. */
	public static Integer integer(String text) {
		if (blank(text) || !INTEGER.matcher(text.strip()).matches()) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	/** An ISO date YYYY-MM-DD between {@link #EARLIEST} and {@link #LATEST}. */
	public static LocalDate date(String text) {
		if (blank(text) || !DATE.matcher(text.strip()).matches()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return inRange(date) ? date : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	/** An enumeration code, case ignored. */
	public static <E extends Enum<E>> E code(Class<E> type, String text) {
		if (blank(text)) {
			return null;
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
	}

	/** The codes of an enumeration, comma separated, for messages. */
	public static String codes(Class<? extends Enum<?>> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

}
