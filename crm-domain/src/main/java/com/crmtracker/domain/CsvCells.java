package com.crmtracker.domain;

/**
 * Text cells of our CSV files made safe for spreadsheets, as OWASP recommends against CSV
 * injection: a cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
 * and never runs it as a formula. Reading removes exactly that mark again, so export then
 * import gives back the same text.
 * <p>
 * The mark is one apostrophe before text that, without its leading apostrophes, starts
 * with one of those characters; text that already starts with apostrophes before such a
 * character gets one more, so {@link #restore} of {@link #neutralise} is always the text
 * itself. Columns we write as numbers, dates or codes (an amount such as
 * {@code -12000.00}) are not text and are written as they are; a spreadsheet reads them
 * as numbers. Their cells are restored on reading too, so a file whose tool marked a
 * negative amount ({@code '-12000.00}) imports as the same amount.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** The text as a CSV cell: with the leading apostrophe when it could be a formula. */
	public static String neutralise(String text) {
		if (text == null || !couldBeFormula(text)) {
			return text;
		}
		return "'" + text;
	}

	/** A CSV cell's text: without the apostrophe {@link #neutralise} put there. */
	public static String restore(String cell) {
		if (cell == null || !cell.startsWith("'") || !couldBeFormula(cell.substring(1))) {
			return cell;
		}
		return cell.substring(1);
	}

	/** Whether the text, after its leading apostrophes, starts like a formula. */
	static boolean couldBeFormula(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '\'') {
			start++;
		}
		if (start == text.length()) {
			return false;
		}
		char first = text.charAt(start);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
