package com.crmtracker.costing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
		assertMonthSummaryMatchesTheLines(cast);
	}

	/**
	 * The month summary answers what summing the lines answers: the cost to a day (within
	 * a month and at its end), the phase budgets and the actual cost by month.
	 */
	private void assertMonthSummaryMatchesTheLines(CostingFixture.Cast cast) {
		long id = cast.project().value();
		TcoYears years = CostLedger.years(cast.as(cast.steering()));
		for (String day : List.of("2025-12-31", "2026-01-04", "2026-01-05", "2026-02-15", "2026-02-28", "2027-01-01",
				"2031-06-15", "2040-01-01")) {
			CostSummary.ToDate kept = this.summary.toDate(Map.of(id, years), LocalDate.parse(day)).get(id);
			CostSummary.ToDate summed = this.jdbc.queryForObject("""
					select coalesce(sum(amount) filter (where kind = 'PLANNED'), 0),
					       coalesce(sum(amount) filter (where kind = 'ACTUAL'), 0),
					       coalesce(sum(amount) filter (where kind = 'PLANNED' and incurred_on < ?), 0),
					       coalesce(sum(amount) filter (where kind = 'ACTUAL' and stage = 'DEVELOPMENT'), 0)
					from cost_line where project_id = ? and incurred_on <= ?""",
					(rs, n) -> scaled(new CostSummary.ToDate(rs.getBigDecimal(1), rs.getBigDecimal(2),
							rs.getBigDecimal(3), rs.getBigDecimal(4))),
					java.sql.Date.valueOf(years.firstDayOf(TcoYears.OUTSIDE)), id, java.sql.Date.valueOf(day));
			assertThat(scaled(kept)).as(day).isEqualTo(summed);
		}
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
		this.ledger.deleteRule(cast.as(cast.finance()), rule.id(), 1);
		this.ledger.delete(cast.as(cast.finance()), hardware.id(), 1);
		assertSummaryMatchesTheLines(cast);
		// 2000 + 10 + 350
		assertThat(this.tco.report(cast.as(cast.steering())).planned().total()).isEqualByComparingTo("2360.00");
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
