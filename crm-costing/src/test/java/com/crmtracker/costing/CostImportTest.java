package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

@SpringBootTest
class CostImportTest {

	static final String HEADER = "category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n";

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<CostLineView> all(CostingFixture.Cast cast) {
		return this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 500).content();
	}

	@Test
	void oneBadRowAmongManyStoresNothingAndReportsThatRow() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 2500; i++) {
			// row 1502 (the 1501st line) has three decimals
			String amount = i == 1500 ? "12.345" : "10.00";
			file.append("HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,").append(amount).append(",Dell,,,,\n");
		}
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), csv(file.toString())))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.errors()).extracting(FieldError::row, FieldError::field)
						.containsExactly(tuple(1502, "amount")));
		// the first 1000 good lines were already written in a batch: rolled back with the
		// rest
		assertThat(all(cast)).isEmpty();
	}

	@Test
	void everyBadRowIsListedWithItsRowFieldAndReason() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "FURNITURE,DEVELOPMENT,PLANNED,2026-02-01,abc,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,1989-12-31,-5.00,Dell,,,,\n";
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), csv(file))).isInstanceOfSatisfying(
				InvalidInput.class,
				e -> assertThat(e.errors()).extracting(FieldError::row, FieldError::field)
					.containsExactly(tuple(3, "category"), tuple(3, "amount"), tuple(4, "incurred_on"),
							tuple(4, "description")));
		assertThat(all(cast)).isEmpty();
	}

	@Test
	void chineseCategoryNamesQuotedFieldsAndABomImport() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = "\uFEFF" + HEADER
				+ "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,\"北京培训中心, 海淀\",\"用户培训 \"\"第一期\"\"\",3,TRAINING,\n"
				+ "Utilities and repairs,operation,actual,2027-01-02,1.5,国家电网,\"电费\n一月\",,,KEEP_RUNNING\r\n"
				+ "software,OPERATION,PLANNED,2028-01-01,100,SAP,,,,ADVANCE\n";
		assertThat(this.ledger.importCsv(cast.as(cast.finance()), csv(file))).isEqualTo(3);
		List<CostLineView> lines = all(cast);
		assertThat(lines).extracting(CostLineView::category, CostLineView::vendor, CostLineView::amount)
			.containsExactly(tuple(CostCategory.TRAINING, "北京培训中心, 海淀", new java.math.BigDecimal("8000.00")),
					tuple(CostCategory.UTILITIES, "国家电网", new java.math.BigDecimal("1.50")),
					tuple(CostCategory.SOFTWARE, "SAP", new java.math.BigDecimal("100.00")));
		assertThat(lines.get(0).description()).isEqualTo("用户培训 \"第一期\"");
		assertThat(lines.get(0).phase()).isEqualTo(3);
		assertThat(lines.get(0).driver()).isEqualTo(HiddenCostDriver.TRAINING);
		assertThat(lines.get(1).description()).isEqualTo("电费\n一月");
	}

	@Test
	void aMissingColumnIsReportedOnTheHeaderRow() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()),
				csv("category,stage,kind,amount,vendor\nHARDWARE,DEVELOPMENT,PLANNED,1.00,Dell\n")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.errors()).extracting(FieldError::row, FieldError::field)
						.containsExactly(tuple(1, "incurred_on")));
	}

	@Test
	void onlyFinanceImports() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.steering()),
				csv(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n")))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void csvExportThenImportRoundTripsTheSameLines() {
		CostingFixture.Cast source = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,\"培训中心, 海淀\",\"第一期\",3,TRAINING,\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-120.50,Dell,Returned a monitor,,,\n"
				+ "LABOUR,OPERATION,PLANNED,2029-01-01,99999999999.99,Internal,,,,KEEP_RUNNING\n";
		this.ledger.importCsv(source.as(source.finance()), csv(file));
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		this.ledger.exportCsv(source.as(source.steering()), CostFilter.none(), exported);
		assertThat(exported.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFcategory,stage,kind,incurred_on");

		CostingFixture.Cast target = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.importCsv(target.as(target.finance()), new ByteArrayInputStream(exported.toByteArray()));
		assertThat(all(target)).extracting(CostLineView::input)
			.containsExactlyElementsOf(all(source).stream().map(CostLineView::input).toList());
	}

	@Test
	void csvExportNeutralisesFormulasAndImportGivesBackTheSameText() {
		CostingFixture.Cast source = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-03-01,100.00,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"Invoice\"\")\",+1 support,,,\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-12000.00,=cmd|' /C calc'!A0,@SUM(A1),,,\n"
				+ "SOFTWARE,DEVELOPMENT,ACTUAL,2026-04-02,-0.50,'=already marked,-refund,,,\n";
		this.ledger.importCsv(source.as(source.finance()), csv(file));
		// the file's own marks are read as marks: "'=already marked" is the text
		// "=already
		// marked"
		assertThat(all(source)).extracting(CostLineView::vendor, CostLineView::description, CostLineView::amount)
			.containsExactly(
					tuple("=HYPERLINK(\"http://evil.example/\",\"Invoice\")", "+1 support",
							new java.math.BigDecimal("100.00")),
					tuple("=cmd|' /C calc'!A0", "@SUM(A1)", new java.math.BigDecimal("-12000.00")),
					tuple("=already marked", "-refund", new java.math.BigDecimal("-0.50")));

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		this.ledger.exportCsv(source.as(source.steering()), CostFilter.none(), exported);
		String text = exported.toString(StandardCharsets.UTF_8);
		// every text cell that could run starts with an apostrophe; amounts stay numbers
		assertThat(text).contains(",100.00,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Invoice\"\")\",'+1 support,")
			.contains(",-12000.00,'=cmd|' /C calc'!A0,'@SUM(A1),")
			.contains(",-0.50,'=already marked,'-refund,")
			.doesNotContain(",=")
			.doesNotContain(",\"=");

		CostingFixture.Cast target = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.importCsv(target.as(target.finance()), new ByteArrayInputStream(exported.toByteArray()));
		assertThat(all(target)).extracting(CostLineView::input)
			.containsExactlyElementsOf(all(source).stream().map(CostLineView::input).toList());
		// a negative amount that another tool marked imports as the same amount
		CostingFixture.Cast marked = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.importCsv(marked.as(marked.finance()),
				csv(HEADER + "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,'-12000.00,Dell,Returned servers,,,\n"));
		assertThat(all(marked)).extracting(CostLineView::amount).containsExactly(new java.math.BigDecimal("-12000.00"));
	}

	@Test
	void xlsxExportThenImportRoundTripsTheSameLines() {
		CostingFixture.Cast source = this.fixture.aProjectStarting("2026-01-01");
		String file = HEADER + "其他费用,DEVELOPMENT,PLANNED,2026-03-01,8000.10,顾问公司,咨询,2,INTEGRATION,\n"
				+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-120.55,Dell,Returned a monitor,,,\n"
				+ "LABOUR,OPERATION,PLANNED,2029-01-01,1234567890.99,Internal,,,,ADVANCE\n";
		this.ledger.importCsv(source.as(source.finance()), csv(file));
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		this.ledger.exportXlsx(source.as(source.director()), CostFilter.none(), exported);

		CostingFixture.Cast target = this.fixture.aProjectStarting("2026-01-01");
		assertThat(
				this.ledger.importXlsx(target.as(target.finance()), new ByteArrayInputStream(exported.toByteArray())))
			.isEqualTo(3);
		assertThat(all(target)).extracting(CostLineView::input)
			.containsExactlyElementsOf(all(source).stream().map(CostLineView::input).toList());
	}

}
