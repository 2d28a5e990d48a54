package com.crmtracker.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one parser of typed values written as text, however they arrive: a form field, a
 * JSON string, a CSV or XLSX cell. Each answers the value, or null when the text is blank
 * or not such a value; {@link FieldReader} turns the nulls into field errors.
 * <p>
 * Numbers and dates are read as people type them: full-width digits and signs (as a
 * Chinese input method writes them, {@code ２０２６－１２－０１}, {@code ８％}) count as their ASCII
 * forms, and spaces around the text do not count.
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

	/** 2026-12-01, 2026-12-1, 2026/12/1 or 2026.12.01: one separator, used twice. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

	/** 2026年12月1日, the day's 日 optional. */
	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");

	/** 20261201, the basic form of ISO 8601, as a phone's number pad types it. */
	private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/**
	 * A percentage: 8, 8%, 8.5 %, 8,5% (a decimal comma, but not one before exactly three
	 * digits, which reads as a thousands separator).
	 */
	private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,9})(?:([.,])(\\d{1,8}))?\\s*%?");

	/** The areas of the time-zone database whose zones are places people live in. */
	private static final Pattern REGION_ZONE = Pattern
		.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+/-]+");

	/**
	 * The time zones a person may choose, by id, sorted: {@code UTC} and the zones of
	 * places ({@code Asia/Shanghai}, {@code Europe/Berlin}), not the offsets and legacy
	 * names of the database ({@code Etc/GMT+8}, {@code PRC}, {@code SystemV/...}).
	 */
	public static final List<String> ZONES = Stream
		.concat(Stream.of("UTC"),
				ZoneId.getAvailableZoneIds().stream().filter(id -> REGION_ZONE.matcher(id).matches()).sorted())
		.toList();

	private static final Set<String> ZONE_IDS = Set.copyOf(ZONES);

	/** Other names of UTC that browsers answer. */
	private static final Set<String> UTC_NAMES = Set.of("Etc/UTC", "Etc/GMT", "GMT", "UCT", "Etc/UCT", "Universal",
			"Etc/Universal", "Zulu", "Etc/Zulu");

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

	/**
	 * The text as its ASCII form where people type full-width forms: the full-width block
	 * (digits, signs, letters: {@code ２０２６／１２／１} is {@code 2026/12/1}), the ideographic
	 * and no-break spaces, the ideographic full stop {@code 。}, the minus sign {@code −}
	 * and the small percent sign {@code ﹪}; stripped. Null when blank.
	 */
	static String typed(String text) {
		if (blank(text)) {
			return null;
		}
		StringBuilder ascii = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000' || c == '\u00A0' || c == '\u202F') {
				c = ' ';
			}
			else if (c == '\u2212') {
				c = '-';
			}
			else if (c == '\u3002') {
				// the full stop of a Chinese input method, where the key says "."
				c = '.';
			}
			else if (c == '\uFE6A') {
				c = '%';
			}
			ascii.append(c);
		}
		String stripped = ascii.toString().strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** The text stripped, or null when blank. */
	public static String text(String text) {
		return blank(text) ? null : text.strip();
	}

	/** An amount of money: a plain decimal with at most two places, at scale 2. */
	public static BigDecimal amount(String text) {
		String typed = typed(text);
		if (typed == null || !AMOUNT.matcher(typed).matches()) {
			return null;
		}
		return new BigDecimal(typed).setScale(2);
	}

	/** A plain decimal with at most ten places (no exponent, no separators). */
	public static BigDecimal decimal(String text) {
		String typed = typed(text);
		if (typed == null || !DECIMAL.matcher(typed).matches()) {
			return null;
		}
		return new BigDecimal(typed);
	}

	/**
	 * A percentage as people type it, answered as the fraction it stands for: {@code 8},
	 * {@code 8%}, {@code 8 %} and {@code ８％} are 0.08; {@code 8.5%} and {@code 8,5%} are
	 * 0.085. The number is always a percentage, with or without its sign; a decimal comma
	 * before exactly three digits ({@code 1,000}) is no percentage, as it reads as a
	 * thousands separator. At most eight decimals of a percent.
	 */
	public static BigDecimal percent(String text) {
		String typed = typed(text);
		if (typed == null) {
			return null;
		}
		Matcher m = PERCENT.matcher(typed);
		if (!m.matches() || ",".equals(m.group(2)) && m.group(3).length() == 3) {
			return null;
		}
		String points = m.group(3) == null ? m.group(1) : m.group(1) + "." + m.group(3);
		return new BigDecimal(points).movePointLeft(2);
	}

	/**
	 * Whether the text ends in a percent sign, of any width ({@code 85%}, {@code ８５％}): a
	 * figure typed with its unit, read by {@link #percent}.
	 */
	public static boolean percentSign(String text) {
		String typed = typed(text);
		return typed != null && typed.endsWith("%");
	}

	/** A whole number. */
	public static Integer integer(String text) {
		String typed = typed(text);
		if (typed == null || !INTEGER.matcher(typed).matches()) {
			return null;
		}
		return Integer.valueOf(typed);
	}

	/**
	 * A date between {@link #EARLIEST} and {@link #LATEST}, year first as the product
	 * shows it: {@code 2026-12-01}, and as people also type it, {@code 2026-12-1},
	 * {@code 2026/12/1}, {@code 2026.12.01}, {@code 20261201}, {@code 2026年12月1日}, in
	 * full-width digits too. Never day or month first: 01/12/2026 is no date here.
	 */
	public static LocalDate date(String text) {
		String typed = typed(text);
		if (typed == null) {
			return null;
		}
		Matcher m = DATE.matcher(typed);
		if (m.matches()) {
			return date(m.group(1), m.group(3), m.group(4));
		}
		m = CHINESE_DATE.matcher(typed);
		if (!m.matches()) {
			m = BASIC_DATE.matcher(typed);
		}
		return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return inRange(date) ? date : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A time zone a person may choose ({@link #ZONES}), by its id as the browser's
	 * {@code Intl} names it: {@code Asia/Shanghai}, {@code UTC}.
	 */
	public static ZoneId zone(String text) {
		String id = text(text);
		if (id == null) {
			return null;
		}
		if (UTC_NAMES.contains(id)) {
			id = "UTC";
		}
		return ZONE_IDS.contains(id) ? ZoneId.of(id) : null;
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
