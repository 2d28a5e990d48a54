package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.ProjectHandle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Imports as records: all or nothing at any size, text that never garbles, an identical
 * file noticed, an import undone exactly, generated lines skipped, a preview that stores
 * nothing, templates that import.
 */
@SpringBootTest
class CostImportRecordsTest {

	static final String HEADER = CostImportTest.HEADER;

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	@Autowired
	TcoReports tco;

	private static InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<CostLineView> all(CostingFixture.Cast cast) {
		return this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 500).content();
	}

	private long count(CostingFixture.Cast cast) {
		return this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 1).totalElements();
	}

	private static FieldError only(InvalidInput refusal) {
		assertThat(refusal.errors()).hasSize(1);
		return refusal.errors().get(0);
	}

	@Test
	void aBadRowAtRow99999Of100000StoresNothing() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 100_000; i++) {
			// line 99,998 is spreadsheet row 99,999 (the header is row 1)
			String amount = i == 99_997 ? "12.345" : "10.00";
			file.append("HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,").append(amount).append(",Dell,,,,\n");
		}
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), utf8(file.toString())))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.errors()).extracting(FieldError::row, FieldError::field, FieldError::value)
						.containsExactly(tuple(99_999, "amount", "12.345")));
		// 99,997 good lines went into the COPY before the bad one: rolled back with it
		assertThat(count(cast)).isZero();
		assertThat(this.ledger.imports(cast.as(cast.finance()))).isEmpty();
		assertThat(this.tco.report(cast.as(cast.finance())).planned().total()).isEqualByComparingTo("0");
	}

	@Test
	void aGoodImportIsRecordedAndSummed() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ImportResult result = this.ledger.importFile(cast.as(cast.finance()), ImportFile.csv("march.csv"),
				utf8(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
						+ "HARDWARE,DEVELOPMENT,PLANNED,2027-02-01,5.50,Dell,,,,\n"
						+ "LABOUR,OPERATION,ACTUAL,2026-03-01,7.25,Internal,,,,\n"),
				false);
		assertThat(result.imported()).isEqualTo(3);
		assertThat(result.skippedGenerated()).isZero();
		assertThat(this.ledger.imports(cast.as(cast.steering())))
			.extracting(CostImportView::id, CostImportView::fileName, CostImportView::lines, CostImportView::importedBy)
			.containsExactly(tuple(result.importId(), "march.csv", 3, cast.finance().username()));
		TcoReport report = this.tco.report(cast.as(cast.finance()));
		// planned hardware: year 1 10.00, year 2 5.50; actual labour year 1 7.25
		assertThat(report.planned().cell(CostCategory.HARDWARE, 1)).isEqualByComparingTo("10.00");
		assertThat(report.planned().cell(CostCategory.HARDWARE, 2)).isEqualByComparingTo("5.50");
		assertThat(report.actual().cell(CostCategory.LABOUR, 1)).isEqualByComparingTo("7.25");
	}

	@Test
	void aCsvThatIsNotUtf8IsRefusedNamingItsFirstBadRow() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		byte[] gbk = (HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,联想,,,,\n")
			.getBytes(Charset.forName("GBK"));
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), new ByteArrayInputStream(gbk)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				FieldError error = only(e);
				assertThat(error.row()).isEqualTo(3);
				assertThat(error.code()).isEqualTo("cost.import.notUtf8");
				assertThat(error.message()).contains("CSV UTF-8").contains("GB18030");
			});
		assertThat(count(cast)).isZero();
	}

	@Test
	void latin1BytesAreRefusedNotReplaced() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		byte[] latin1 = (HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Café Müller,,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), new ByteArrayInputStream(latin1)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(only(e).row()).isEqualTo(2));
	}

	@Test
	void gb18030ChosenStoresTheChineseAsWritten() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		byte[] gbk = (HEADER + "培训费用,DEVELOPMENT,PLANNED,2026-02-01,10.00,北京联想,用户培训,,,\n")
			.getBytes(Charset.forName("GBK"));
		this.ledger.importFile(cast.as(cast.finance()), new ImportFile("培训.csv", false, Charset.forName("GB18030")),
				new ByteArrayInputStream(gbk), false);
		assertThat(all(cast)).extracting(CostLineView::category, CostLineView::vendor, CostLineView::description)
			.containsExactly(tuple(CostCategory.TRAINING, "北京联想", "用户培训"));
	}

	@Test
	void aRowWithMoreFieldsThanTheHeaderIsRefusedWithItsRow() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,,,extra\n"
				// empty fields after the last column hold nothing: not refused
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,,,,\n";
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), utf8(file)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				FieldError error = only(e);
				assertThat(error.row()).isEqualTo(3);
				assertThat(error.code()).isEqualTo("cost.import.tooManyFields");
			});
		assertThat(count(cast)).isZero();
	}

	@Test
	void anUnclosedQuoteIsRefusedInOurWords() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,\"Dell,,,,\n";
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), utf8(file)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				FieldError error = only(e);
				assertThat(error.code()).isEqualTo("cost.import.notCsv");
				assertThat(error.row()).isEqualTo(2);
				assertThat(error.message()).doesNotContainIgnoringCase("EOF").doesNotContain("encapsulated");
			});
	}

	@Test
	void aCorruptedWorkbookIsRefusedInOurWords() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		CostLedger.xlsxTemplate(workbook, (column, code, locale) -> code);
		byte[] cut = java.util.Arrays.copyOf(workbook.toByteArray(), workbook.size() / 2);
		for (byte[] bad : List.of(cut, "not a workbook at all".getBytes(StandardCharsets.UTF_8))) {
			assertThatThrownBy(() -> this.ledger.importXlsx(cast.as(cast.finance()), new ByteArrayInputStream(bad)))
				.isInstanceOfSatisfying(InvalidInput.class, e -> {
					FieldError error = only(e);
					assertThat(error.code()).isEqualTo("cost.import.notXlsx");
					assertThat(error.message()).doesNotContainIgnoringCase("poi")
						.doesNotContainIgnoringCase("bugzilla")
						.doesNotContainIgnoringCase("zip");
				});
		}
	}

	@Test
	void anIdenticalFileIsRefusedNamingTheEarlierImportUnlessAllowed() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n";
		ImportResult first = this.ledger.importFile(cast.as(cast.finance()), ImportFile.csv("a.csv"), utf8(file),
				false);
		assertThatThrownBy(
				() -> this.ledger.importFile(cast.as(cast.admin()), ImportFile.csv("b.csv"), utf8(file), false))
			.isInstanceOfSatisfying(DuplicateImport.class, e -> {
				assertThat(e.earlier().id()).isEqualTo(first.importId());
				assertThat(e.getMessage()).contains("a.csv").contains(cast.finance().username());
			});
		assertThat(count(cast)).isEqualTo(1);
		ImportResult second = this.ledger.importFile(cast.as(cast.admin()), ImportFile.csv("b.csv"), utf8(file), true);
		assertThat(second.importId()).isNotEqualTo(first.importId());
		assertThat(count(cast)).isEqualTo(2);
		// the same file in another project is no duplicate
		CostingFixture.Cast other = this.fixture.aProjectStarting("2026-01-01");
		assertThat(this.ledger.importFile(other.as(other.finance()), ImportFile.csv("a.csv"), utf8(file), false)
			.imported()).isEqualTo(1);
	}

	@Test
	void undoingAnImportRestoresTheLedgerAndTheTcoExactly() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ProjectHandle finance = cast.as(cast.finance());
		this.ledger.importFile(finance, ImportFile.csv("before.csv"),
				utf8(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,100.00,Dell,,,,\n"
						+ "LABOUR,OPERATION,ACTUAL,2027-03-01,50.00,Internal,,,,\n"),
				false);
		List<CostLineView> before = all(cast);
		String tcoBefore = tcoFigures(finance);

		ImportResult undone = this.ledger.importFile(finance, ImportFile.csv("mistake.csv"),
				utf8(HEADER + "SOFTWARE,DEVELOPMENT,PLANNED,2026-02-01,1000.00,SAP,licences,,,\n"
						+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,100.00,Dell,,,,\n"
						+ "TRAINING,OPERATION,ACTUAL,2031-03-01,9.99,School,,,,\n"),
				true);
		// a rule on a line of the import goes with it, and so do the lines it generated
		CostLineView licence = all(cast).stream().filter(l -> "SAP".equals(l.vendor())).findFirst().orElseThrow();
		this.ledger.createRule(finance, new RecurringRuleDraft(licence.id(), new BigDecimal("20"), 2, 5,
				CostCategory.SOFTWARE, LifecycleStage.OPERATION, "maintenance"));
		assertThat(tcoFigures(finance)).isNotEqualTo(tcoBefore);

		this.ledger.undoImport(finance, undone.importId());
		assertThat(all(cast)).isEqualTo(before);
		assertThat(tcoFigures(finance)).isEqualTo(tcoBefore);
		assertThat(this.ledger.rules(finance)).isEmpty();
		assertThat(this.ledger.imports(finance)).extracting(CostImportView::fileName).containsExactly("before.csv");
		assertThatThrownBy(() -> this.ledger.undoImport(finance, undone.importId())).isInstanceOf(NotFound.class);
		CostingFixture.Cast other = this.fixture.aProjectStarting("2026-01-01");
		long theirs = this.ledger.imports(finance).get(0).id();
		assertThatThrownBy(() -> this.ledger.undoImport(other.as(other.finance()), theirs))
			.isInstanceOf(NotFound.class);
	}

	/** Every figure of the TCO report, planned and actual, in and after the horizon. */
	private String tcoFigures(ProjectHandle project) {
		TcoReport report = this.tco.report(project);
		StringBuilder figures = new StringBuilder();
		for (CostCategory category : CostCategory.values()) {
			figures.append(category).append(report.planned().row(category)).append(report.actual().row(category));
		}
		return figures.append(report.outsidePlanned()).toString();
	}

	@Test
	void exportMarksGeneratedLinesAndImportSkipsThemSayingHowMany() {
		CostingFixture.Cast source = this.fixture.aProjectStarting("2026-01-01");
		ProjectHandle finance = source.as(source.finance());
		this.ledger.importCsv(finance, utf8(HEADER + "SOFTWARE,DEVELOPMENT,PLANNED,2026-02-01,1000.00,SAP,licences,,,\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-03-01,-20.00,Dell,returned,,,\n"));
		CostLineView licence = all(source).stream().filter(l -> "SAP".equals(l.vendor())).findFirst().orElseThrow();
		// 20% of 1000.00 in years 2 to 5: four generated lines of 200.00
		this.ledger.createRule(finance, new RecurringRuleDraft(licence.id(), new BigDecimal("20"), 2, 5,
				CostCategory.SOFTWARE, LifecycleStage.OPERATION, "maintenance"));
		for (boolean xlsx : List.of(false, true)) {
			ByteArrayOutputStream exported = new ByteArrayOutputStream();
			if (xlsx) {
				this.ledger.exportXlsx(source.as(source.steering()), CostFilter.none(), exported);
			}
			else {
				this.ledger.exportCsv(source.as(source.steering()), CostFilter.none(), exported);
				String text = exported.toString(StandardCharsets.UTF_8);
				assertThat(text).contains(",purpose,generated\r\n");
				assertThat(text.lines().filter(l -> l.endsWith(",true")).count()).isEqualTo(4);
				assertThat(text.lines().filter(l -> l.endsWith(",false")).count()).isEqualTo(2);
			}
			CostingFixture.Cast target = this.fixture.aProjectStarting("2026-01-01");
			ImportResult result = this.ledger.importFile(target.as(target.finance()),
					new ImportFile("export", xlsx, StandardCharsets.UTF_8),
					new ByteArrayInputStream(exported.toByteArray()), false);
			assertThat(result.imported()).isEqualTo(2);
			assertThat(result.skippedGenerated()).isEqualTo(4);
			// the entered lines arrive as they were; none of them claims to be generated
			assertThat(all(target)).extracting(CostLineView::input)
				.containsExactlyElementsOf(
						all(source).stream().filter(l -> !l.generated()).map(CostLineView::input).toList());
			assertThat(all(target)).noneMatch(CostLineView::generated);
		}
	}

	@Test
	void aPreviewShowsWhatWouldBeStoredAndStoresNothingUntilCommitted() throws Exception {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ProjectHandle finance = cast.as(cast.finance());
		String file = HEADER.strip() + ",generated\n" + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,,false\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-05-01,4.50,Dell,,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2027-02-01,2.00,Dell,,,,,\n"
				+ "SOFTWARE,OPERATION,PLANNED,2028-02-01,100.00,SAP,maintenance,,,,true\n";
		String token = this.ledger.stage(finance, ImportFile.csv("plan.csv"), utf8(file));
		ImportPreview preview = this.ledger.preview(finance, token);
		assertThat(preview.committable()).isTrue();
		assertThat(preview.lines()).isEqualTo(3);
		assertThat(preview.skippedGenerated()).isEqualTo(1);
		assertThat(preview.groups())
			.extracting(ImportPreview.Group::category, ImportPreview.Group::tcoYear, ImportPreview.Group::lines,
					ImportPreview.Group::planned, ImportPreview.Group::actual)
			.containsExactly(tuple(CostCategory.HARDWARE, 1, 2, new BigDecimal("10.00"), new BigDecimal("4.50")),
					tuple(CostCategory.HARDWARE, 2, 1, new BigDecimal("2.00"), new BigDecimal("0.00")));
		// planned 10.00 + 2.00 = 12.00; actual 4.50
		assertThat(preview.planned()).isEqualTo(new BigDecimal("12.00"));
		assertThat(preview.actual()).isEqualTo(new BigDecimal("4.50"));
		assertThat(count(cast)).isZero();
		// only the uploader sees the kept file
		assertThatThrownBy(() -> this.ledger.preview(cast.as(cast.admin()), token)).isInstanceOf(NotFound.class);

		ImportResult result = this.ledger.commitStaged(finance, token, false);
		assertThat(result.imported()).isEqualTo(3);
		assertThat(count(cast)).isEqualTo(3);
		assertThatThrownBy(() -> this.ledger.preview(finance, token)).isInstanceOf(NotFound.class);

		// the same file again: the preview says so before anything is stored
		ImportPreview again = this.ledger.preview(finance,
				this.ledger.stage(finance, ImportFile.csv("plan-again.csv"), utf8(file)));
		assertThat(again.sameFile()).isNotNull();
		assertThat(again.sameFile().id()).isEqualTo(result.importId());
	}

	@Test
	void aPreviewListsEveryErrorWithRowFieldAndValue() throws Exception {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ProjectHandle finance = cast.as(cast.finance());
		String file = HEADER + "FURNITURE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-31,abc,Dell,,,,\n";
		ImportPreview preview = this.ledger.preview(finance,
				this.ledger.stage(finance, ImportFile.csv("bad.csv"), utf8(file)));
		assertThat(preview.committable()).isFalse();
		assertThat(preview.errors()).extracting(FieldError::row, FieldError::field, FieldError::value)
			.containsExactly(tuple(2, "category", "FURNITURE"), tuple(3, "incurred_on", "2026-02-31"),
					tuple(3, "amount", "abc"));
		assertThat(count(cast)).isZero();
	}

	@Test
	void theCsvTemplateHasAnExampleRowThatImports() {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		CostLedger.csvTemplate(template);
		List<String> lines = template.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER.strip() + ",generated");
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		assertThat(this.ledger.importCsv(cast.as(cast.finance()), new ByteArrayInputStream(template.toByteArray())))
			.isEqualTo(1);
	}

	@Test
	void theXlsxTemplateListsEveryCodeInBothLanguages() throws Exception {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		CostLedger.xlsxTemplate(template, (column, code, locale) -> column + "." + code + "@" + locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
			Sheet codes = workbook.getSheet("codes");
			List<String> rows = new ArrayList<>();
			codes
				.forEach(row -> rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue()
						+ " " + row.getCell(2).getStringCellValue() + " " + row.getCell(3).getStringCellValue()));
			assertThat(rows).contains("category TRAINING category.TRAINING@en category.TRAINING@zh",
					"kind PLANNED kind.PLANNED@en kind.PLANNED@zh",
					"driver DATA_MAINTENANCE driver.DATA_MAINTENANCE@en driver.DATA_MAINTENANCE@zh");
			// 10 categories, 2 stages, 2 kinds, 4 drivers, 2 purposes, true and false, a
			// title
			assertThat(rows).hasSize(10 + 2 + 2 + 4 + 2 + 2 + 1);
		}
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		assertThat(this.ledger.importXlsx(cast.as(cast.finance()), new ByteArrayInputStream(template.toByteArray())))
			.isEqualTo(1);
	}

}
