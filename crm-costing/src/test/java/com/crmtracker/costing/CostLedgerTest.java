package com.crmtracker.costing;

import java.math.BigDecimal;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.StaleVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.crmtracker.costing.CostingFixture.aLicenceLine;
import static com.crmtracker.costing.CostingFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CostLedgerTest {

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	@Test
	void financeCreatesALineWithItsTcoYearAndVersion() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-03-15");
		CostLineView line = this.ledger.create(cast.as(cast.finance()),
				aLine("硬件购置费用", "PLANNED", "2027-03-15", "120000.5"));
		assertThat(line.category()).isEqualTo(CostCategory.HARDWARE);
		assertThat(line.amount()).isEqualTo(new BigDecimal("120000.50"));
		// the first anniversary opens year 2
		assertThat(line.tcoYear()).isEqualTo(2);
		assertThat(line.version()).isZero();
		assertThat(this.ledger.get(cast.as(cast.steering()), line.id())).isEqualTo(line);
	}

	@Test
	void invalidAmountIsRefusedNamingTheFieldAndNothingIsStored() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		assertThatThrownBy(
				() -> this.ledger.create(cast.as(cast.finance()), aLine("HARDWARE", "PLANNED", "2026-02-01", "12.345")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("amount"));
		assertThat(this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 10).totalElements()).isZero();
	}

	@Test
	void onlyFinanceAndAdminChangeMoneyDirectorsAndSteeringRead() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		CostLineInput line = aLine("HARDWARE", "PLANNED", "2026-02-01", "10.00");
		assertThatThrownBy(() -> this.ledger.create(cast.as(cast.director()), line)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.ledger.create(cast.as(cast.steering()), line)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.ledger.create(cast.as(cast.outsider()), line)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.ledger.find(cast.as(cast.outsider()), CostFilter.none(), 0, 10))
			.isInstanceOf(NotFound.class);
		CostLineView byAdmin = this.ledger.create(cast.as(cast.admin()), line);
		assertThatThrownBy(() -> this.ledger.delete(cast.as(cast.director()), byAdmin.id(), 0))
			.isInstanceOf(Forbidden.class);
		assertThat(this.ledger.find(cast.as(cast.director()), CostFilter.none(), 0, 10).totalElements()).isEqualTo(1);
		assertThat(this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 10).planned())
			.isEqualByComparingTo("10.00");
	}

	@Test
	void staleVersionIsRefusedAndNothingChanges() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		CostLineView line = this.ledger.create(cast.as(cast.finance()),
				aLine("HARDWARE", "PLANNED", "2026-02-01", "10.00"));
		CostLineView changed = this.ledger.update(cast.as(cast.finance()), line.id(), 0,
				aLine("HARDWARE", "PLANNED", "2026-02-01", "20.00"));
		assertThat(changed.version()).isEqualTo(1);
		assertThatThrownBy(() -> this.ledger.update(cast.as(cast.finance()), line.id(), 0,
				aLine("HARDWARE", "PLANNED", "2026-02-01", "30.00")))
			.isInstanceOf(StaleVersion.class);
		assertThatThrownBy(() -> this.ledger.delete(cast.as(cast.finance()), line.id(), 0))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.ledger.get(cast.as(cast.finance()), line.id()).amount()).isEqualByComparingTo("20.00");
		this.ledger.delete(cast.as(cast.finance()), line.id(), 1);
		assertThatThrownBy(() -> this.ledger.get(cast.as(cast.finance()), line.id())).isInstanceOf(NotFound.class);
	}

	@Test
	void theLedgerFiltersPagesAndTotalsTheWholeFilteredSet() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		for (int i = 1; i <= 25; i++) {
			this.ledger.create(cast.as(cast.finance()),
					new CostLineInput("LABOUR", "DEVELOPMENT", "ACTUAL", "2026-02-" + String.format("%02d", i % 28 + 1),
							"100.01", i % 2 == 0 ? "Even Consulting" : "Odd Partners", null, "2", null, null));
		}
		this.ledger.create(cast.as(cast.finance()), aLine("HARDWARE", "PLANNED", "2027-01-01", "5.00"));
		this.ledger.create(cast.as(cast.finance()), aLine("HARDWARE", "PLANNED", "2031-06-01", "7.00"));
		CostPage page = this.ledger.find(cast.as(cast.steering()),
				new CostFilter(CostKind.ACTUAL, CostCategory.LABOUR, 1, 2, "even"), 1, 5);
		// 12 even lines of 100.01 = 1200.12, on the second page of five: lines 6..10
		assertThat(page.totalElements()).isEqualTo(12);
		assertThat(page.actual()).isEqualByComparingTo("1200.12");
		assertThat(page.planned()).isEqualByComparingTo("0");
		assertThat(page.content()).hasSize(5);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(
				this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, 2, null, null), 0, 50).planned())
			.isEqualByComparingTo("5.00");
		assertThat(
				this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, 6, null, null), 0, 50).planned())
			.isEqualByComparingTo("7.00");
		// year 1, any kind: 25 actual lines of 100.01 = 2 500.25 and no planned line;
		// never
		// one sum of both kinds
		CostPage year1 = this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, 1, null, null), 0, 50);
		assertThat(year1.actual()).isEqualByComparingTo("2500.25");
		assertThat(year1.planned()).isEqualByComparingTo("0");
		// a vendor filter, which the summary cannot answer: the lines are summed by kind
		// too
		this.ledger.create(cast.as(cast.finance()), aLine("HARDWARE", "PLANNED", "2026-03-01", "1000.00"));
		CostPage acme = this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, null, null, "acme"), 0,
				50);
		// Acme's lines: planned 5.00 + 7.00 + 1 000.00 = 1 012.00, no actual
		assertThat(acme.planned()).isEqualByComparingTo("1012.00");
		assertThat(acme.actual()).isEqualByComparingTo("0");
		assertThat(acme.difference()).isEqualByComparingTo("-1012.00");
		// everything: planned 1 012.00, actual 2 500.25, difference 2 500.25 − 1 012.00
		CostPage all = this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 50);
		assertThat(all.planned()).isEqualByComparingTo("1012.00");
		assertThat(all.actual()).isEqualByComparingTo("2500.25");
		assertThat(all.difference()).isEqualByComparingTo("1488.25");
		assertThatThrownBy(
				() -> this.ledger.find(cast.as(cast.steering()), new CostFilter(null, null, 7, null, null), 0, 50))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aDeletedLineComesBackAsItWasWithItsRuleAndItsGeneratedLinesOnce() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-03-15");
		CostLineView entered = this.ledger.create(cast.as(cast.finance()), aLicenceLine("2026-04-01", "120000.00"));
		CostLineView licence = this.ledger.update(cast.as(cast.finance()), entered.id(), 0,
				aLicenceLine("2026-04-01", "100000.00"));
		RecurringRuleView rule = this.ledger.createRule(cast.as(cast.finance()),
				new RecurringRuleDraft(licence.id(), new BigDecimal("20"), 2, 5, CostCategory.SOFTWARE,
						LifecycleStage.OPERATION, "Software maintenance 20%"));
		// 100 000.00 + 4 × 20% of it = 100 000.00 + 80 000.00
		assertThat(this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 50).planned())
			.isEqualByComparingTo("180000.00");

		this.ledger.delete(cast.as(cast.finance()), licence.id(), 1);
		assertThat(this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 50).totalElements()).isZero();
		assertThat(this.ledger.rules(cast.as(cast.finance()))).isEmpty();

		CostLineView back = this.ledger.undoDelete(cast.as(cast.finance()), licence.id());
		assertThat(back).isEqualTo(licence);
		assertThat(this.ledger.rules(cast.as(cast.finance()))).extracting(RecurringRuleView::id)
			.containsExactly(rule.id());
		CostPage ledger = this.ledger.find(cast.as(cast.steering()), CostFilter.none(), 0, 50);
		assertThat(ledger.totalElements()).isEqualTo(5);
		assertThat(ledger.planned()).isEqualByComparingTo("180000.00");
		// once: the bin is empty now
		assertThatThrownBy(() -> this.ledger.undoDelete(cast.as(cast.finance()), licence.id()))
			.isInstanceOf(Conflict.class);
		// the line is the one it was: its version still takes a change
		this.ledger.update(cast.as(cast.finance()), licence.id(), 1, aLicenceLine("2026-04-01", "90000.00"));
	}

	@Test
	void onlyFinanceUndoesADeletionAndOnlyInItsOwnProject() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-03-15");
		CostingFixture.Cast other = this.fixture.aProjectStarting("2026-03-15");
		CostLineView line = this.ledger.create(cast.as(cast.finance()), aLicenceLine("2026-04-01", "10.00"));
		this.ledger.delete(cast.as(cast.finance()), line.id(), 0);
		assertThatThrownBy(() -> this.ledger.undoDelete(cast.as(cast.director()), line.id()))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.ledger.undoDelete(other.as(other.finance()), line.id()))
			.isInstanceOf(Conflict.class);
		assertThat(this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 50).totalElements()).isZero();
	}

	@Test
	void theLedgerSearchesVendorAndDescriptionAndSortsByAnyColumn() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		this.ledger.create(cast.as(cast.finance()), new CostLineInput("LABOUR", "DEVELOPMENT", "PLANNED", "2026-03-01",
				"300.00", "内部", "ERP 接口开发", null, null, null));
		this.ledger.create(cast.as(cast.finance()), new CostLineInput("HARDWARE", "DEVELOPMENT", "PLANNED",
				"2026-01-01", "100.00", "浪潮", "服务器", null, null, null));
		this.ledger.create(cast.as(cast.finance()), new CostLineInput("SOFTWARE", "DEVELOPMENT", "PLANNED",
				"2026-02-01", "200.00", "ERP Systems 100%_Ltd", null, null, null, null));
		// "erp" is in one description and one vendor's name, case ignored
		CostPage erp = this.ledger.find(cast.as(cast.steering()),
				new CostFilter(null, null, null, null, null, "erp", null), 0, 10);
		assertThat(erp.content()).extracting(CostLineView::amount)
			.containsExactly(new BigDecimal("200.00"), new BigDecimal("300.00"));
		// 200.00 + 300.00
		assertThat(erp.planned()).isEqualByComparingTo("500.00");
		// a wildcard is only a character
		assertThat(this.ledger
			.find(cast.as(cast.steering()), new CostFilter(null, null, null, null, null, "100%_", null), 0, 10)
			.totalElements()).isEqualTo(1);
		assertThat(this.ledger.find(cast.as(cast.steering()),
				new CostFilter(null, null, null, null, null, null, new CostOrder(CostOrder.Column.AMOUNT, true)), 0, 10)
			.content()).extracting(CostLineView::amount)
			.containsExactly(new BigDecimal("300.00"), new BigDecimal("200.00"), new BigDecimal("100.00"));
		assertThat(
				this.ledger.find(cast.as(cast.steering()),
						new CostFilter(null, null, null, null, null, null,
								new CostOrder(CostOrder.Column.CATEGORY, false)),
						0, 10)
					.content())
			.extracting(CostLineView::category)
			.containsExactly(CostCategory.HARDWARE, CostCategory.LABOUR, CostCategory.SOFTWARE);
	}

	@Test
	void aRecurringRuleGeneratesMaintenanceYearlyAndIsNeverDoubled() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-03-15");
		CostLineView licence = this.ledger.create(cast.as(cast.finance()), aLicenceLine("2026-04-01", "120000.00"));
		RecurringRuleView rule = this.ledger.createRule(cast.as(cast.finance()),
				new RecurringRuleDraft(licence.id(), new BigDecimal("20"), 2, 5, CostCategory.SOFTWARE,
						LifecycleStage.OPERATION, "Software maintenance 20%"));
		// 20% of 120 000.00 = 24 000.00 on the first day of years 2, 3, 4 and 5
		CostPage generated = this.ledger.find(cast.as(cast.finance()),
				new CostFilter(null, null, null, null, "salesforce"), 0, 50);
		assertThat(generated.content()).filteredOn(CostLineView::generated)
			.extracting(CostLineView::incurredOn, CostLineView::amount, CostLineView::tcoYear)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2027, 3, 15), new BigDecimal("24000.00"),
							2),
					org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2028, 3, 15), new BigDecimal("24000.00"),
							3),
					org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2029, 3, 15), new BigDecimal("24000.00"),
							4),
					org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2030, 3, 15), new BigDecimal("24000.00"),
							5));
		// the licence changes: 20% of 100 000.01 = 20 000.002 → 20 000.00, still four
		// lines
		this.ledger.update(cast.as(cast.finance()), licence.id(), 0, aLicenceLine("2026-04-01", "100000.01"));
		// the rule changes: 15% from year 3 = 15 000.0015 → 15 000.00, three lines
		this.ledger.updateRule(cast.as(cast.finance()), rule.id(), 0, new RecurringRuleDraft(licence.id(),
				new BigDecimal("15"), 3, 5, CostCategory.SOFTWARE, LifecycleStage.OPERATION, "Maintenance 15%"));
		this.ledger.updateRule(cast.as(cast.finance()), rule.id(), 1, new RecurringRuleDraft(licence.id(),
				new BigDecimal("15"), 3, 5, CostCategory.SOFTWARE, LifecycleStage.OPERATION, "Maintenance 15%"));
		CostPage after = this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 50);
		assertThat(after.content()).filteredOn(CostLineView::generated)
			.extracting(CostLineView::amount)
			.containsExactly(new BigDecimal("15000.00"), new BigDecimal("15000.00"), new BigDecimal("15000.00"));
		// 100 000.01 + 3 × 15 000.00
		assertThat(after.planned()).isEqualByComparingTo("145000.01");
		CostLineView oneGenerated = after.content().stream().filter(CostLineView::generated).findFirst().orElseThrow();
		assertThatThrownBy(() -> this.ledger.delete(cast.as(cast.finance()), oneGenerated.id(), oneGenerated.version()))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> this.ledger.createRule(cast.as(cast.finance()),
				new RecurringRuleDraft(oneGenerated.id(), new BigDecimal("10"), 2, 5, CostCategory.SOFTWARE,
						LifecycleStage.OPERATION, "On a generated line")))
			.isInstanceOf(InvalidInput.class);
		// deleting the licence takes its rule and the generated lines with it
		this.ledger.delete(cast.as(cast.finance()), licence.id(), 1);
		assertThat(this.ledger.find(cast.as(cast.finance()), CostFilter.none(), 0, 50).totalElements()).isZero();
		assertThat(this.ledger.rules(cast.as(cast.finance()))).isEmpty();
	}

}
