package com.crmtracker.costing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.crmtracker.domain.CsvCells;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger's file format, in CSV (UTF-8, optional BOM, RFC 4180) and XLSX: the columns
 * of API.md, a header in row 1. Reading hands each row on as it is read; writing takes
 * the lines as they come, so neither holds a whole ledger. CSV text cells that could run
 * as a formula carry a leading apostrophe ({@link CsvCells}), which reading removes
 * again; amounts are plain decimals, negative ones included ({@code -120.50}), read by
 * spreadsheets as numbers.
 */
final class CostFiles {

	/** The columns, in order; the first six are required. */
	static final List<String> COLUMNS = List.of("category", "stage", "kind", "incurred_on", "amount", "vendor",
			"description", "phase", "driver", "purpose");

	private static final int REQUIRED = 6;

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private CostFiles() {
	}

	/** Receives the rows of a file; {@code row} is the number a spreadsheet shows. */
	interface RowHandler {

		void row(int row, CostLineInput input);

	}

	static void readCsv(InputStream in, RowHandler handler) {
		try (Reader reader = new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSV).get()) {
			int[] columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record.toList());
					continue;
				}
				List<String> values = record.toList();
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				// the mark that keeps formulas from running goes again (CsvCells)
				handler.row((int) record.getRecordNumber(),
						input(columns, i -> CsvCells.restore(values.get(i)), values.size()));
			}
			if (columns == null) {
				throw InvalidInput.of("file", "cost.import.empty", "the file is empty: it needs a header row");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInput(List.of(new FieldError("file", "cost.import.unreadable",
					"is not readable as CSV (UTF-8, RFC 4180): " + ex.getMessage(), null)));
		}
	}

	static void readXlsx(InputStream in, RowHandler handler) {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			int[] columns = null;
			for (Row row : sheet) {
				int width = Math.max(row.getLastCellNum(), 0);
				List<String> values = new ArrayList<>(width);
				for (int i = 0; i < width; i++) {
					values.add(text(row.getCell(i), formatter));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (columns == null) {
					columns = header(values);
					continue;
				}
				handler.row(row.getRowNum() + 1, input(columns, values::get, values.size()));
			}
			if (columns == null) {
				throw InvalidInput.of("file", "cost.import.empty", "the file is empty: it needs a header row");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw new InvalidInput(List.of(new FieldError("file", "cost.import.unreadable",
					"is not readable as an XLSX workbook: " + ex.getMessage(), null)));
		}
	}

	/**
	 * Writes the lines the source hands on as CSV with a BOM (so spreadsheets see UTF-8).
	 */
	static void writeCsv(OutputStream out, Consumer<Consumer<CostLineView>> source) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSV);
			printer.printRecord(COLUMNS);
			source.accept(line -> {
				try {
					printer.printRecord(line.category().name(), line.stage().name(), line.kind().name(),
							line.incurredOn().toString(), line.amount().toPlainString(),
							CsvCells.neutralise(line.vendor()), CsvCells.neutralise(nullToEmpty(line.description())),
							line.phase() == null ? "" : line.phase().toString(),
							line.driver() == null ? "" : line.driver().name(),
							line.purpose() == null ? "" : line.purpose().name());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the lines as an XLSX workbook, keeping only a window of rows in memory. */
	static void writeXlsx(OutputStream out, Consumer<Consumer<CostLineView>> source) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet sheet = workbook.createSheet("cost_lines");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle amountStyle = workbook.createCellStyle();
			amountStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
			}
			int[] next = { 1 };
			source.accept(line -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(line.category().name());
				row.createCell(1).setCellValue(line.stage().name());
				row.createCell(2).setCellValue(line.kind().name());
				Cell date = row.createCell(3);
				date.setCellValue(line.incurredOn());
				date.setCellStyle(dateStyle);
				Cell amount = row.createCell(4);
				amount.setCellValue(line.amount().doubleValue());
				amount.setCellStyle(amountStyle);
				row.createCell(5).setCellValue(line.vendor());
				if (line.description() != null) {
					row.createCell(6).setCellValue(line.description());
				}
				if (line.phase() != null) {
					row.createCell(7).setCellValue(line.phase());
				}
				if (line.driver() != null) {
					row.createCell(8).setCellValue(line.driver().name());
				}
				if (line.purpose() != null) {
					row.createCell(9).setCellValue(line.purpose().name());
				}
			});
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** Skips a UTF-8 byte order mark, if there is one. */
	static InputStream withoutBom(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 65536);
		buffered.mark(3);
		byte[] start = buffered.readNBytes(3);
		if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
				&& (start[2] & 0xFF) == 0xBF)) {
			buffered.reset();
		}
		return buffered;
	}

	/** Where each column of {@link #COLUMNS} is in the file (−1 when absent). */
	private static int[] header(List<String> names) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
			positions.putIfAbsent("incurredon".equals(name) ? "incurred_on" : name, i);
		}
		int[] columns = new int[COLUMNS.size()];
		List<FieldError> missing = new ArrayList<>();
		for (int i = 0; i < COLUMNS.size(); i++) {
			columns[i] = positions.getOrDefault(COLUMNS.get(i), -1);
			if (columns[i] < 0 && i < REQUIRED) {
				missing.add(new FieldError(COLUMNS.get(i), "cost.import.missingColumn",
						"column is missing from the header row", 1));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInput(missing);
		}
		return columns;
	}

	private static CostLineInput input(int[] columns, java.util.function.IntFunction<String> values, int size) {
		String[] v = new String[COLUMNS.size()];
		for (int i = 0; i < v.length; i++) {
			v[i] = columns[i] >= 0 && columns[i] < size ? values.apply(columns[i]) : null;
		}
		return new CostLineInput(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
				return date.toString();
			}
			// as Excel shows the number, without binary noise: 1234.5, never 1234.4999999
			return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
		}
		if (type == CellType.STRING) {
			return cell.getStringCellValue();
		}
		return formatter.formatCellValue(cell);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
