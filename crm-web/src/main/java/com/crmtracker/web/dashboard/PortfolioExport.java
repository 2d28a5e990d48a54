package com.crmtracker.web.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The portfolio as a spreadsheet: CSV (Commons CSV) or XLSX (Apache POI), same columns.
 */
@Component
class PortfolioExport {

	static final List<String> COLUMNS = List.of("project", "organisation", "status", "phase", "progress",
			"gatesAwaiting", "overdue", "worstSlipDays", "currency", "plannedToDate", "actualToDate", "plannedTco",
			"forecastTco", "cpi", "spi", "score", "mark");

	private final MessageSource messages;

	PortfolioExport(MessageSource messages) {
		this.messages = messages;
	}

	void csv(List<PortfolioRow> rows, Locale locale, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			// a BOM, so that spreadsheet programs read the Chinese names as UTF-8
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(headers(locale));
			for (PortfolioRow row : rows) {
				// text that could run as a formula gets a leading apostrophe (OWASP)
				printer.printRecord(values(row, locale).stream()
					.map(v -> v instanceof String text ? CsvCells.neutralise(text) : v)
					.toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void xlsx(List<PortfolioRow> rows, Locale locale, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("Portfolio");
			write(sheet.createRow(0), headers(locale));
			int index = 1;
			for (PortfolioRow row : rows) {
				write(sheet.createRow(index++), values(row, locale));
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<Object> values) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			Object value = values.get(i);
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
			}
		}
	}

	private List<Object> headers(Locale locale) {
		List<Object> headers = new ArrayList<>();
		for (String column : COLUMNS) {
			headers.add(this.messages.getMessage("portfolio.column." + column, null, locale));
		}
		return headers;
	}

	private List<Object> values(PortfolioRow row, Locale locale) {
		List<Object> values = new ArrayList<>();
		values.add(row.project().name());
		values.add(row.project().organisation());
		values.add(this.messages.getMessage("project.status." + row.project().status(), null, locale));
		values.add(row.currentPhase() == null ? null
				: row.currentPhase().number() + " " + row.currentPhase().name(locale));
		values.add(row.progress().setScale(4, RoundingMode.HALF_EVEN));
		values.add(row.gatesAwaiting());
		values.add(row.overdue());
		values.add(row.worstSlipDays());
		values.add(row.cost().currency());
		values.add(row.cost().plannedToDate());
		values.add(row.cost().actualToDate());
		values.add(row.cost().plannedTco());
		values.add(row.cost().forecastTco());
		values.add(round(row.cost().earnedValue().cpi()));
		values.add(round(row.cost().earnedValue().spi()));
		values.add(round(row.scorecard().overall()));
		values.add(this.messages.getMessage("mark." + row.overallMark(), null, locale));
		return values;
	}

	private static BigDecimal round(BigDecimal value) {
		return value == null ? null : value.setScale(4, RoundingMode.HALF_EVEN);
	}

}
