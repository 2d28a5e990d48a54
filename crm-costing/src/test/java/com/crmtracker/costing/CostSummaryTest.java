package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.rules.CostLineRules;
import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The summary kept with the lines always agrees with summing the lines themselves. */
@SpringBootTest
class CostSummaryTest {

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	@Autowired
	TcoReports tco;

	@Autowired
	Projects projects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CostSummary summary;

	private void assertSummaryMatchesTheLines(CostingFixture.Cast cast) {
		assertThat(summaryStart(cast)).isEqualTo(cast.as(cast.steering()).startDate());
		assertMonthSummaryMatchesTheLines(cast);
		TcoReport kept = this.tco.report(cast.as(cast.steering()));
		CostPage keptTotals = this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 1);
		// forget the summary: a read sums the lines themselves, and writes nothing
		this.jdbc.update("delete from cost_summary_state where project_id = ?", cast.project().value());
		TcoReport rebuilt = this.tco.report(cast.as(cast.steering()));
		assertThat(this.jdbc.queryForObject("select count(*) from cost_summary_state where project_id = ?", Long.class,
				cast.project().value()))
			.isZero();
		for (CostCategory category : CostCategory.values()) {
			assertThat(kept.planned().row(category)).isEqualTo(rebuilt.planned().row(category));
			assertThat(kept.actual().row(category)).isEqualTo(rebuilt.actual().row(category));
		}
		assertThat(kept.outsidePlanned()).isEqualTo(rebuilt.outsidePlanned());
		assertThat(kept.warnings()).isEqualTo(rebuilt.warnings());
		for (CostKind kind : CostKind.values()) {
			assertThat(kind == CostKind.PLANNED ? keptTotals.planned() : keptTotals.actual())
				.isEqualTo(this.jdbc
					.queryForObject("select coalesce(sum(amount), 0) from cost_line where project_id = ? and kind = ?",
							BigDecimal.class, cast.project().value(), kind.name())
					.setScale(2));
		}
		assertThat(keptTotals.totalElements()).isEqualTo(this.jdbc
			.queryForObject("select count(*) from cost_line where project_id = ?", Long.class, cast.project().value()));
		// the same answers from the lines themselves
		assertMonthSummaryMatchesTheLines(cast);
		// the summaries, untouched, are for the start again: the next writes add to them
		this.jdbc.update("insert into cost_summary_state (project_id, start_date) values (?, ?)",
				cast.project().value(), java.sql.Date.valueOf(cast.as(cast.steering()).startDate()));
	}

	/**
	 * The summaries answer what summing the lines answers: the cost to a day (around the
	 * start of every TCO year, inside its first month and at the end of it, and on fixed
	 * days), the sums to a day of the TCO variance, the five-year totals, the phase
	 * budgets and the actual cost by month; and every summary table holds the lines
	 * grouped by its key.
	 */
	private void assertMonthSummaryMatchesTheLines(CostingFixture.Cast cast) {
		long id = cast.project().value();
		TcoYears years = CostLedger.years(cast.as(cast.steering()));
		List<LocalDate> days = new java.util.ArrayList<>();
		for (String day : List.of("2025-12-31", "2026-01-04", "2026-01-05", "2026-02-15", "2026-02-28", "2027-01-01",
				"2027-05-19", "2027-05-20", "2031-06-15", "2040-01-01")) {
			days.add(LocalDate.parse(day));
		}
		for (int year = 1; year <= TcoYears.OUTSIDE; year++) {
			LocalDate first = years.firstDayOf(year);
			days.addAll(List.of(first.minusDays(1), first, first.plusDays(20),
					first.withDayOfMonth(first.lengthOfMonth()), first.plusMonths(3)));
		}
		for (LocalDate day : days) {
			CostSummary.ToDate kept = this.summary.toDate(Map.of(id, years), day).get(id);
			CostSummary.ToDate summed = this.jdbc.queryForObject("""
					select coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
					       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0),
					       coalesce(sum(amount) filter (where kind = 'PLANNED' and incurred_on < ?), 0),
					       coalesce(sum(amount) filter (where kind = 'ACTUAL' and stage = 'DEVELOPMENT'), 0)
					from cost_line where project_id = ? and incurred_on <= ?""",
					(rs, n) -> scaled(new CostSummary.ToDate(rs.getBigDecimal(1), rs.getBigDecimal(2),
							rs.getBigDecimal(3), rs.getBigDecimal(4))),
					java.sql.Date.valueOf(years.firstDayOf(TcoYears.OUTSIDE)), id, java.sql.Date.valueOf(day));
			assertThat(scaled(kept)).as(day.toString()).isEqualTo(summed);
			Map<String, BigDecimal> upTo = new java.util.TreeMap<>();
			for (CostSum sum : this.summary.sumsUpTo(id, years, day)) {
				upTo.merge(sum.kind() + " " + sum.category() + " " + sum.stage() + " " + sum.year(),
						sum.amount().setScale(2), BigDecimal::add);
			}
			upTo.values().removeIf(amount -> amount.signum() == 0);
			Map<String, BigDecimal> upToSummed = new java.util.TreeMap<>();
			this.jdbc.query("select kind || ' ' || category || ' ' || stage || ' ' || " + YEAR + ", sum(amount) "
					+ "from cost_line c join project p on p.id = c.project_id where c.project_id = ? "
					+ "and c.incurred_on <= ? group by 1 having sum(amount) <> 0", rs -> {
						upToSummed.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
					}, id, java.sql.Date.valueOf(day));
			assertThat(upTo).as("to " + day).isEqualTo(upToSummed);
		}
		CostSummary.FiveYears fiveYears = this.summary.fiveYears(Map.of(id, years)).get(id);
		assertThat(List.of(fiveYears.planned().setScale(2), fiveYears.actual().setScale(2)))
			.isEqualTo(this.jdbc.queryForObject("""
					select coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
					       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0)
					from cost_line where project_id = ? and incurred_on < ?""",
					(rs, n) -> List.of(rs.getBigDecimal(1).setScale(2), rs.getBigDecimal(2).setScale(2)), id,
					java.sql.Date.valueOf(years.firstDayOf(TcoYears.OUTSIDE))));
		Map<Integer, BigDecimal> budgets = new java.util.HashMap<>();
		this.jdbc.query("select phase, sum(amount) from cost_line where project_id = ? and kind = 'PLANNED' "
				+ "and stage = 'DEVELOPMENT' and phase is not null group by phase", rs -> {
					budgets.put(rs.getInt(1), rs.getBigDecimal(2));
				}, id);
		assertThat(this.summary.phaseBudgets(Map.of(id, years)).get(id)).isEqualTo(budgets);
		Map<LocalDate, BigDecimal> byMonth = new java.util.TreeMap<>();
		this.jdbc.query("select date_trunc('month', incurred_on)::date, sum(amount) from cost_line "
				+ "where project_id = ? and kind = 'ACTUAL' and stage = 'DEVELOPMENT' group by 1", rs -> {
					byMonth.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
				}, id);
		assertThat(this.summary.actualDevelopmentByMonth(id, years)).isEqualTo(byMonth);
		assertEveryTableHoldsTheLinesGrouped(id);
	}

	/**
	 * The TCO year of a line {@code c} of project {@code p}, written here apart from the
	 * application's: whole years since the start, the lines before it in year 1.
	 */
	private static final String YEAR = "(case when c.incurred_on < p.start_date then 1 else least(6, 1 + "
			+ "extract(year from age(c.incurred_on, p.start_date))::integer) end)";

	/** Each summary table, and the same grouping of the lines. */
	private static final Map<String, String> GROUPED = Map.of("cost_summary",
			"kind, category, stage, tco_year, driver, purpose | c.kind, c.category, c.stage, " + YEAR
					+ ", coalesce(c.driver, ''), coalesce(c.purpose, '')",
			"cost_year_summary", "tco_year, kind, stage | " + YEAR + ", c.kind, c.stage", "cost_month_summary",
			"month, tco_year, kind, stage, category | date_trunc('month', c.incurred_on)::date, " + YEAR
					+ ", c.kind, c.stage, c.category",
			"cost_day_summary",
			"day, tco_year, kind, stage, category | c.incurred_on, " + YEAR + ", c.kind, c.stage, c.category",
			"cost_phase_summary", "phase, kind, stage | c.phase, c.kind, c.stage");

	private void assertEveryTableHoldsTheLinesGrouped(long projectId) {
		assertThat(GROUPED.keySet()).containsExactlyInAnyOrderElementsOf(
				CostSummary.SUMMARIES.stream().map(CostSummary.Summary::table).toList());
		GROUPED.forEach((table, columns) -> {
			String kept = columns.substring(0, columns.indexOf('|')).trim();
			String ofLine = columns.substring(columns.indexOf('|') + 1).trim();
			List<String> rows = this.jdbc.queryForList(
					"select concat_ws(' ', " + kept + ", amount, lines) from " + table
							+ " where project_id = ? and (lines <> 0 or amount <> 0) order by 1",
					String.class, projectId);
			List<String> summed = this.jdbc.queryForList("select concat_ws(' ', " + ofLine
					+ ", sum(c.amount), count(*)) from cost_line c join project p on p.id = c.project_id "
					+ "where c.project_id = ?" + (table.equals("cost_phase_summary") ? " and c.phase is not null" : "")
					+ " group by " + ofLine + " order by 1", String.class, projectId);
			assertThat(rows).as(table).isEqualTo(summed);
		});
	}

	private static CostSummary.ToDate scaled(CostSummary.ToDate sums) {
		return new CostSummary.ToDate(sums.planned().setScale(2), sums.actual().setScale(2),
				sums.plannedInHorizon().setScale(2), sums.actualDevelopment().setScale(2));
	}

	private LocalDate summaryStart(CostingFixture.Cast cast) {
		return this.jdbc.queryForObject("select start_date from cost_summary_state where project_id = ?",
				LocalDate.class, cast.project().value());
	}

	@Test
	void aReadOfAnOldSummaryWritesNothingAndTheNextWriteRebuildsIt() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.create(cast.as(cast.finance()),
				CostingFixture.aLine("HARDWARE", "PLANNED", "2026-06-01", "100.00"));
		// as an old database may hold it: a summary built for another start
		this.jdbc.update("update cost_summary_state set start_date = date '2025-01-01' where project_id = ?",
				cast.project().value());
		this.jdbc.update("update cost_summary set tco_year = 2 where project_id = ?", cast.project().value());
		TcoReport read = this.tco.report(cast.as(cast.steering()));
		assertThat(read.planned().cell(CostCategory.HARDWARE, 1)).isEqualByComparingTo("100.00");
		assertThat(
				this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, 1, null, null), 0, 10).planned())
			.isEqualByComparingTo("100.00");
		assertThat(summaryStart(cast)).isEqualTo(LocalDate.of(2025, 1, 1));
		this.ledger.create(cast.as(cast.finance()), CostingFixture.aLine("HARDWARE", "PLANNED", "2026-07-01", "1.00"));
		assertThat(summaryStart(cast)).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(this.tco.report(cast.as(cast.steering())).planned().cell(CostCategory.HARDWARE, 1))
			.isEqualByComparingTo("101.00");
		assertSummaryMatchesTheLines(cast);
	}

	@Test
	void everyWriteKeepsTheSummaryEqualToTheLines() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		this.tco.report(cast.as(cast.steering()));
		CostLineView licence = this.ledger.create(cast.as(cast.finance()),
				CostingFixture.aLicenceLine("2026-01-05", "1000.00"));
		CostLineView hardware = this.ledger.create(cast.as(cast.finance()), new CostLineInput("HARDWARE", "DEVELOPMENT",
				"PLANNED", "2026-02-01", "500.00", "Dell", null, null, "TRAINING", null));
		this.ledger.update(cast.as(cast.finance()), hardware.id(), 0, new CostLineInput("LABOUR", "OPERATION", "ACTUAL",
				"2031-06-01", "-50.00", "Dell", "credit", null, null, "ADVANCE"));
		// phase budgets and actual cost by month: a line moves to another phase and month
		CostLineView phased = this.ledger.create(cast.as(cast.finance()), new CostLineInput("LABOUR", "DEVELOPMENT",
				"PLANNED", "2026-02-10", "300.00", "Internal", null, "2", null, null));
		this.ledger.create(cast.as(cast.finance()), new CostLineInput("LABOUR", "DEVELOPMENT", "ACTUAL", "2026-02-20",
				"120.00", "Internal", null, "2", null, null));
		this.ledger.update(cast.as(cast.finance()), phased.id(), 0, new CostLineInput("LABOUR", "DEVELOPMENT",
				"PLANNED", "2026-03-10", "350.00", "Internal", null, "3", null, null));
		RecurringRuleView rule = this.ledger.createRule(cast.as(cast.finance()), new RecurringRuleDraft(licence.id(),
				new BigDecimal("20"), 2, 5, CostCategory.SOFTWARE, LifecycleStage.OPERATION, "Maintenance"));
		this.ledger.update(cast.as(cast.finance()), licence.id(), 0,
				CostingFixture.aLicenceLine("2026-01-05", "2000.00"));
		this.ledger.updateRule(cast.as(cast.finance()), rule.id(), 0, new RecurringRuleDraft(licence.id(),
				new BigDecimal("15"), 3, 4, CostCategory.SOFTWARE, LifecycleStage.OPERATION, "Maintenance"));
		this.ledger.importCsv(cast.as(cast.finance()), new ByteArrayInputStream(
				(CostImportTest.HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2027-01-01,10.00,Dell,,,,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2040-01-01,20.00,Dell,,,,\n")
					.getBytes(StandardCharsets.UTF_8)));
		// a refused import leaves the summary as it was
		assertThatThrownBy(() -> this.ledger.importCsv(cast.as(cast.finance()), new ByteArrayInputStream(
				(CostImportTest.HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2027-01-01,10.00,Dell,,,,\n"
						+ "HARDWARE,DEVELOPMENT,PLANNED,2027-01-01,x,Dell,,,,\n")
					.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidInput.class);
		assertSummaryMatchesTheLines(cast);
		// 2000 + 2 × 15% of 2000 + 10 + 350 planned in the horizon
		assertThat(this.tco.report(cast.as(cast.steering())).planned().total()).isEqualByComparingTo("2960.00");
		// an import undone: its lines leave every summary
		ImportResult undone = this.ledger.importFile(cast.as(cast.finance()), ImportFile.csv("undone.csv"),
				new ByteArrayInputStream(
						(CostImportTest.HEADER + "LABOUR,DEVELOPMENT,ACTUAL,2027-05-19,70.00,Internal,,4,,\n"
								+ "LABOUR,DEVELOPMENT,PLANNED,2027-05-20,80.00,Internal,,4,,\n")
							.getBytes(StandardCharsets.UTF_8)),
				false);
		assertSummaryMatchesTheLines(cast);
		this.ledger.undoImport(cast.as(cast.finance()), undone.importId());
		assertSummaryMatchesTheLines(cast);
		// the licence deleted, with its rule and their lines, then restored from the bin
		this.ledger.delete(cast.as(cast.finance()), licence.id(), 1);
		assertSummaryMatchesTheLines(cast);
		assertThat(this.tco.report(cast.as(cast.steering())).planned().total()).isEqualByComparingTo("360.00");
		this.ledger.undoDelete(cast.as(cast.finance()), licence.id());
		assertSummaryMatchesTheLines(cast);
		assertThat(this.tco.report(cast.as(cast.steering())).planned().total()).isEqualByComparingTo("2960.00");
		this.ledger.deleteRule(cast.as(cast.finance()), rule.id(), 1);
		this.ledger.delete(cast.as(cast.finance()), hardware.id(), 1);
		assertSummaryMatchesTheLines(cast);
		// 2000 + 10 + 350
		assertThat(this.tco.report(cast.as(cast.steering())).planned().total()).isEqualByComparingTo("2360.00");
	}

	@Test
	void anImportWithMoreKeysThanItSumsInMemoryIsSummedFromItsStoredLines() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		String file = CostImportTest.HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-03-01,10.00,Dell,,1,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-03-02,20.00,Dell,,1,,\n"
				+ "LABOUR,OPERATION,ACTUAL,2027-04-03,30.00,Internal,,,TRAINING,ADVANCE\n"
				+ "LABOUR,DEVELOPMENT,PLANNED,2031-12-31,40.00,Internal,,2,,\n";
		// four days: the day summary alone needs four keys, more than 3
		for (int maxKeys : new int[] { 3, 100 }) {
			CostSummary.Deltas deltas = new CostSummary.Deltas(new TcoYears(LocalDate.of(2026, 1, 1)), 1, maxKeys);
			for (String day : List.of("2026-03-01", "2026-03-02", "2027-04-03", "2031-12-31")) {
				deltas.add(CostLineRules
					.check(new CostLineInput("HARDWARE", "DEVELOPMENT", "PLANNED", day, "1.00", "Dell", null, null,
							null, null), 9, null)
					.draft());
			}
			assertThat(deltas.complete()).as("summed in memory with at most %d keys", maxKeys)
				.isEqualTo(maxKeys == 100);
			if (!deltas.complete()) {
				assertThatThrownBy(() -> this.summary.write(cast.project().value(), deltas))
					.isInstanceOf(IllegalStateException.class);
			}
		}
		int before = this.ledger.maxSummedKeys;
		this.ledger.maxSummedKeys = 3;
		try {
			this.ledger.importCsv(cast.as(cast.finance()),
					new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
		}
		finally {
			this.ledger.maxSummedKeys = before;
		}
		assertSummaryMatchesTheLines(cast);
		// planned in the horizon: 10 + 20 (year 1); 40 falls in year 6, after it
		TcoReport report = this.tco.report(cast.as(cast.steering()));
		assertThat(report.planned().total()).isEqualByComparingTo("30.00");
		assertThat(report.actual().cell(CostCategory.LABOUR, 2)).isEqualByComparingTo("30.00");
	}

	@Test
	void aTcoYearBeginningInsideAMonthSplitsTheCostToADay() {
		// year 2 begins on 2026-08-20
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2025-08-20");
		ProjectHandle finance = cast.as(cast.finance());
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2026-07-10", "16.00"));
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2026-08-05", "1.00"));
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2026-08-19", "2.00"));
		this.ledger.create(finance, CostingFixture.aLine("SOFTWARE", "PLANNED", "2026-08-20", "4.00"));
		this.ledger.create(finance, CostingFixture.aLine("SOFTWARE", "PLANNED", "2026-08-25", "8.00"));
		this.ledger.create(finance, CostingFixture.aLine("SOFTWARE", "PLANNED", "2026-09-03", "32.00"));
		TcoYears years = CostLedger.years(cast.as(cast.steering()));
		long id = cast.project().value();
		// 16 + 1 + 2 in year 1, 4 in year 2
		assertThat(this.summary.toDate(Map.of(id, years), LocalDate.parse("2026-08-22")).get(id).planned())
			.isEqualByComparingTo("23.00");
		// 16 + 1 + 2 + 4 + 8, and 32 on 2026-09-03
		assertThat(this.summary.toDate(Map.of(id, years), LocalDate.parse("2026-09-02")).get(id).planned())
			.isEqualByComparingTo("31.00");
		assertThat(this.summary.toDate(Map.of(id, years), LocalDate.parse("2026-09-03")).get(id).planned())
			.isEqualByComparingTo("63.00");
		assertSummaryMatchesTheLines(cast);
	}

	@Test
	void whenTheProjectStartMovesTheLinesMoveToTheirNewYears() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.create(cast.as(cast.finance()),
				CostingFixture.aLine("HARDWARE", "PLANNED", "2026-06-01", "100.00"));
		assertThat(this.tco.report(cast.as(cast.steering())).planned().cell(CostCategory.HARDWARE, 1))
			.isEqualByComparingTo("100.00");
		ProjectHandle handle = cast.as(cast.director());
		ProjectSummary project = handle.project();
		this.projects.update(handle, project.version(), new ProjectDraft(project.name(), project.organisation(), "CNY",
				LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 1), ProjectStatus.ACTIVE));
		// the move itself rebuilt the summary, before anybody read it
		assertThat(summaryStart(cast)).isEqualTo(LocalDate.of(2025, 3, 1));
		// 2026-06-01 is now in the second year (from 2026-03-01)
		TcoReport moved = this.tco.report(cast.as(cast.steering()));
		assertThat(moved.planned().cell(CostCategory.HARDWARE, 1)).isEqualByComparingTo("0.00");
		assertThat(moved.planned().cell(CostCategory.HARDWARE, 2)).isEqualByComparingTo("100.00");
		this.ledger.create(cast.as(cast.finance()), CostingFixture.aLine("HARDWARE", "PLANNED", "2025-03-01", "1.00"));
		assertSummaryMatchesTheLines(cast);
	}

	@Test
	void whenTheProjectStartMovesGeneratedLinesMoveToTheNewYearStarts() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		CostLineView licence = this.ledger.create(cast.as(cast.finance()),
				CostingFixture.aLicenceLine("2026-02-01", "1000.00"));
		this.ledger.createRule(cast.as(cast.finance()), new RecurringRuleDraft(licence.id(), new BigDecimal("20"), 4, 5,
				CostCategory.SOFTWARE, LifecycleStage.OPERATION, "Maintenance"));
		ProjectHandle handle = cast.as(cast.director());
		ProjectSummary project = handle.project();
		this.projects.update(handle, project.version(), new ProjectDraft(project.name(), project.organisation(), "CNY",
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1), ProjectStatus.ACTIVE));
		// the move itself re-dated the generated lines, before anybody read them
		assertThat(this.jdbc.queryForList(
				"select incurred_on from cost_line where project_id = ? and rule_id is not null order by 1",
				LocalDate.class, cast.project().value()))
			.containsExactly(LocalDate.of(2029, 3, 1), LocalDate.of(2030, 3, 1));
		// years 4 and 5 now start on 2029-03-01 and 2030-03-01 (they started on 1
		// January)
		assertThat(this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 10).content())
			.filteredOn(CostLineView::generated)
			.extracting(CostLineView::incurredOn, CostLineView::tcoYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 3, 1), 4),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 3, 1), 5));
		TcoReport report = this.tco.report(cast.as(cast.steering()));
		assertThat(report.planned().cell(CostCategory.SOFTWARE, 4)).isEqualByComparingTo("200.00");
		assertThat(report.planned().cell(CostCategory.SOFTWARE, 3)).isEqualByComparingTo("0.00");
		assertSummaryMatchesTheLines(cast);
	}

}
