package com.crmtracker.web.support;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.domain.Values;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;

/**
 * Form fields and request parameters are parsed by the same {@link Values} as JSON bodies
 * and imported files: dates year first, plain decimals, whole numbers, percentages
 * ({@link Percent}), figures in a unit that may be % ({@link Figure}) and enumeration
 * codes in any case. A text that is not such a value is a {@code typeMismatch} field
 * error on the form, worded by the message bundles.
 */
public final class TypedValueFormatters {

	private TypedValueFormatters() {
	}

	public static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public LocalDate parse(String text, Locale locale) throws ParseException {
				return parsed(Values.date(text), text);
			}

			@Override
			public String print(LocalDate date, Locale locale) {
				return date.toString();
			}

		});
		registry.addFormatterForFieldType(BigDecimal.class, new Formatter<BigDecimal>() {

			@Override
			public BigDecimal parse(String text, Locale locale) throws ParseException {
				return parsed(Values.decimal(text), text);
			}

			@Override
			public String print(BigDecimal number, Locale locale) {
				return number.toPlainString();
			}

		});
		registry.addFormatterForFieldType(Percent.class, new Formatter<Percent>() {

			@Override
			public Percent parse(String text, Locale locale) throws ParseException {
				return Percent.ofFraction(parsed(Values.percent(text), text));
			}

			@Override
			public String print(Percent percent, Locale locale) {
				return percent.toString();
			}

		});
		registry.addFormatterForFieldType(Figure.class, new Formatter<Figure>() {

			@Override
			public Figure parse(String text, Locale locale) throws ParseException {
				return parsed(Figure.parse(text), text);
			}

			@Override
			public String print(Figure figure, Locale locale) {
				return figure.toString();
			}

		});
		registry.addConverterFactory(new EnumCodes());
	}

	private static <T> T parsed(T value, String text) throws ParseException {
		if (value == null && !Values.blank(text)) {
			throw new ParseException("Not a value of this type: " + text, 0);
		}
		return value;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class EnumCodes implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return text -> {
				if (Values.blank(text)) {
					return null;
				}
				Enum value = Values.code((Class) type, text);
				if (value == null) {
					throw new IllegalArgumentException("Not a code of " + type.getSimpleName() + ": " + text);
				}
				return (T) value;
			};
		}

	}

}
