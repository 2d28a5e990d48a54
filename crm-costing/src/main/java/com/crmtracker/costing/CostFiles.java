package com.crmtracker.costing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
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
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
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

	/**
	 * The columns, in order; the first six are required. {@code generated} is true on a
	 * line a recurring rule made: the import skips those, their rule makes them again.
	 */
	static final List<String> COLUMNS = List.of("category", "stage", "kind", "incurred_on", "amount", "vendor",
			"description", "phase", "driver", "purpose", "generated");

	private static final int GENERATED = 10;

	/** The example row of the templates: a licence line, with every optional column. */
	static final List<String> EXAMPLE = List.of("SOFTWARE", "DEVELOPMENT", "PLANNED", "2027-01-15", "120000.00",
			"Example Software Ltd. 示例软件公司", "CRM licences (example row: replace it) CRM 许可证（示例行，请替换）", "4",
			"INTEGRATION", "", "false");

	private static final int REQUIRED = 6;

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private CostFiles() {
	}

	/** Receives the rows of a file; {@code row} is the number a spreadsheet shows. */
	interface RowHandler {

		/**
		 * A row of the file.
		 * @param generated the text of the {@code generated} column, null when absent
		 */
		void row(int row, CostLineInput input, String generated);

		/**
		 * A row the reader itself refuses (more fields than the header, bytes that are
		 * not text); after a refusal with {@code last} set, no row follows.
		 */
		void refuse(FieldError error, boolean last);

	}

	/**
	 * Reads a CSV file in the given charset. Bytes that are not text of that charset end
	 * the reading with a refusal naming the row they are in, never a replacement
	 * character.
	 */
	static void readCsv(InputStream in, Charset charset, RowHandler handler) {
		int last = 0;
		Header header = null;
		try (Reader reader = new StrictDecoding(withoutBom(in), charset);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSV).get()) {
			for (CSVRecord record : parser) {
				last = (int) record.getRecordNumber();
				List<String> values = record.toList();
				if (header == null) {
					header = header(values);
					continue;
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (!header.fits(values, last, handler)) {
					continue;
				}
				// the mark that keeps formulas from running goes again (CsvCells)
				Header columns = header;
				handler.row(last, input(columns, i -> CsvCells.restore(values.get(i)), values.size()),
						columns.generated(values));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			int row = last + 1;
			if (badBytes(ex)) {
				boolean utf8 = StandardCharsets.UTF_8.equals(charset);
				handler.refuse(
						new FieldError("file", utf8 ? "cost.import.notUtf8" : "cost.import.notCharset",
								utf8 ? "row " + row + " is not valid UTF-8: save the file as \"CSV UTF-8\", or choose "
										+ "GB18030 if it was saved as a Chinese (GBK/GB18030) text file"
										: "row " + row + " is not valid " + charset.name()
												+ " text: choose the charset the file was saved in (UTF-8 or GB18030)",
								row),
						true);
			}
			else {
				handler.refuse(new FieldError("file", "cost.import.notCsv",
						"row " + row
								+ " is not valid CSV: a quoted field is not closed, or a closing quote is followed by "
								+ "other text; quotes inside a field are written twice (RFC 4180)",
						row), true);
			}
			return;
		}
		if (header == null) {
			throw InvalidInput.of("file", "cost.import.empty", "the file is empty: it needs a header row");
		}
	}

	private static boolean badBytes(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StrictDecoding.BadBytes) {
				return true;
			}
		}
		return false;
	}

	static void readXlsx(InputStream in, RowHandler handler) {
		// POI closes the stream it reads: the caller still hashes what is left of it
		try (Workbook workbook = new XSSFWorkbook(new FilterInputStream(in) {
			@Override
			public void close() {
			}
		})) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Header header = null;
			for (Row row : sheet) {
				int width = Math.max(row.getLastCellNum(), 0);
				List<String> values = new ArrayList<>(width);
				for (int i = 0; i < width; i++) {
					values.add(text(row.getCell(i), formatter));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = header(values);
					continue;
				}
				int number = row.getRowNum() + 1;
				if (header.fits(values, number, handler)) {
					handler.row(number, input(header, values::get, values.size()), header.generated(values));
				}
			}
			if (header == null) {
				throw InvalidInput.of("file", "cost.import.empty", "the file is empty: it needs a header row");
			}
		}
		catch (InvalidInput invalid) {
			throw invalid;
		}
		catch (OLE2NotOfficeXmlFileException ex) {
			throw InvalidInput.of("file", "cost.import.oldXls",
					"is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8");
		}
		catch (IOException | RuntimeException ex) {
			// POI's own words name its internals; ours say what to do
			throw InvalidInput.of("file", "cost.import.notXlsx",
					"is not a readable Excel workbook (.xlsx): open it in the spreadsheet program and save it "
							+ "again as .xlsx, or as CSV UTF-8");
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
							line.purpose() == null ? "" : line.purpose().name(), Boolean.toString(line.generated()));
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
				row.createCell(GENERATED).setCellValue(line.generated());
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

	/** The CSV template: the header row and an example row, with a BOM. */
	static void writeCsvTemplate(OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSV);
			printer.printRecord(COLUMNS);
			printer.printRecord(EXAMPLE);
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The XLSX template: the header and an example row on the first sheet, every code a
	 * column allows on the second, with its English and Chinese name.
	 */
	static void writeXlsxTemplate(OutputStream out, CostLedger.CodeNames names) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("cost_lines");
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
				example.createCell(i).setCellValue(EXAMPLE.get(i));
			}
			Sheet codes = workbook.createSheet("codes");
			Row title = codes.createRow(0);
			List<String> titles = List.of("column 列", "code 代码", "English", "中文");
			for (int i = 0; i < titles.size(); i++) {
				title.createCell(i).setCellValue(titles.get(i));
			}
			int next = 1;
			Map<String, Class<? extends Enum<?>>> columns = new java.util.LinkedHashMap<>();
			columns.put("category", CostCategory.class);
			columns.put("stage", LifecycleStage.class);
			columns.put("kind", CostKind.class);
			columns.put("driver", HiddenCostDriver.class);
			columns.put("purpose", CostPurpose.class);
			for (Map.Entry<String, Class<? extends Enum<?>>> column : columns.entrySet()) {
				for (Enum<?> code : column.getValue().getEnumConstants()) {
					Row row = codes.createRow(next++);
					row.createCell(0).setCellValue(column.getKey());
					row.createCell(1).setCellValue(code.name());
					row.createCell(2).setCellValue(names.name(column.getKey(), code.name(), Locale.ENGLISH));
					row.createCell(3).setCellValue(names.name(column.getKey(), code.name(), Locale.SIMPLIFIED_CHINESE));
				}
			}
			for (String value : List.of("true", "false")) {
				Row row = codes.createRow(next++);
				row.createCell(0).setCellValue("generated");
				row.createCell(1).setCellValue(value);
				row.createCell(2).setCellValue(names.name("generated", value, Locale.ENGLISH));
				row.createCell(3).setCellValue(names.name("generated", value, Locale.SIMPLIFIED_CHINESE));
			}
			for (int i = 0; i < titles.size(); i++) {
				codes.setColumnWidth(i, 24 * 256);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
	private static Header header(List<String> names) {
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
		int width = names.size();
		while (width > 0 && names.get(width - 1).isBlank()) {
			width--;
		}
		return new Header(columns, width);
	}

	/** The positions of the columns and the number of fields of the header row. */
	private record Header(int[] columns, int width) {

		/**
		 * Whether a row has no more fields than the header (empty fields after the last
		 * one do not count); a row with more is refused, never cut.
		 */
		boolean fits(List<String> values, int row, RowHandler handler) {
			int used = values.size();
			while (used > this.width && values.get(used - 1).isBlank()) {
				used--;
			}
			if (used <= this.width) {
				return true;
			}
			handler.refuse(new FieldError("file", "cost.import.tooManyFields",
					"row " + row + " has " + used + " fields, more than the " + this.width + " of the header row", row),
					false);
			return false;
		}

		String generated(List<String> values) {
			int at = this.columns[GENERATED];
			return at >= 0 && at < values.size() ? values.get(at) : null;
		}

	}

	private static CostLineInput input(Header header, java.util.function.IntFunction<String> values, int size) {
		int[] columns = header.columns();
		String[] v = new String[GENERATED];
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
