package com.crmtracker.costing;

import java.util.List;
import java.util.Map;

import com.crmtracker.costing.rules.TcoYears;
import com.crmtracker.project.ProjectHandle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule, one figure: the portfolio row of a project shows what the project's own TCO
 * and earned-value pages show.
 */
@SpringBootTest
class PortfolioAgreesWithTheProjectPagesTest {

	@Autowired
	CostingFixture fixture;

	@Autowired
	CostLedger ledger;

	@Autowired
	TcoReports tco;

	@Autowired
	EarnedValues earnedValues;

	@Autowired
	CostingPortfolio portfolio;

	@Test
	void aProjectStartingOnTheTwentyNinthOfFebruaryHasOneFiveYearTco() {
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2024-02-29");
		ProjectHandle finance = cast.as(cast.finance());
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2024-06-01", "1000.00"));
		// the last day of year 5: a whole fifth year has not passed until 2029-03-01
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2029-02-28", "200.00"));
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2029-03-01", "30.00"));
		this.ledger.create(finance, CostingFixture.aLine("HARDWARE", "PLANNED", "2030-02-28", "4.00"));
		ProjectHandle reader = cast.as(cast.steering());

		TcoReport page = this.tco.report(reader);
		assertThat(page.planned().cell(CostCategory.HARDWARE, 1)).isEqualByComparingTo("1000.00");
		assertThat(page.planned().cell(CostCategory.HARDWARE, 5)).isEqualByComparingTo("200.00");
		assertThat(page.planned().total()).isEqualByComparingTo("1200.00");
		assertThat(page.outsidePlanned()).isEqualByComparingTo("34.00");
		assertThat(this.tco.outsideHorizon(reader, 10)).extracting(CostLineView::amount)
			.extracting(Object::toString)
			.containsExactly("30.00", "4.00");

		CostStatus row = this.portfolio
			.statusOf(List.of(reader), Map.of(reader.value(), this.earnedValues.phases(reader)),
					CostingTestApplication.TODAY)
			.get(reader.value());
		assertThat(row.plannedTco()).isEqualByComparingTo("1200.00");
		assertThat(row.plannedTco()).isEqualByComparingTo(page.planned().total());
		// the ledger's filter by year uses the same years
		assertThat(this.ledger.find(reader, new CostFilter(null, null, 5, null, null), 0, 10).planned())
			.isEqualByComparingTo("200.00");
		assertThat(this.ledger.find(reader, new CostFilter(null, null, TcoYears.OUTSIDE, null, null), 0, 10).planned())
			.isEqualByComparingTo("34.00");
	}

	@Test
	void earnedValueOfThePortfolioIsTheEarnedValueOfTheProject() {
		// today is 2026-06-30 (the test clock)
		CostingFixture.Cast cast = this.fixture.aProjectStarting("2026-01-01");
		ProjectHandle finance = cast.as(cast.finance());
		this.ledger.create(finance, new CostLineInput("SOFTWARE", "DEVELOPMENT", "PLANNED", "2026-02-01", "1000.00",
				"SAP", null, "1", null, null));
		this.ledger.create(finance, new CostLineInput("LABOUR", "DEVELOPMENT", "PLANNED", "2026-03-01", "500.00",
				"Internal", null, "2", null, null));
		// not a phase budget: an operation line
		this.ledger.create(finance, new CostLineInput("LABOUR", "OPERATION", "PLANNED", "2026-05-01", "300.00",
				"Internal", null, null, null, null));
		this.ledger.create(finance, CostingFixture.aLine("SOFTWARE", "ACTUAL", "2026-04-01", "400.00"));
		// after today: not yet actual cost
		this.ledger.create(finance, CostingFixture.aLine("SOFTWARE", "ACTUAL", "2026-07-15", "99.00"));
		// not development: not the AC of earned value
		this.ledger.create(finance, new CostLineInput("LABOUR", "OPERATION", "ACTUAL", "2026-05-01", "50.00",
				"Internal", null, null, null, null));
		ProjectHandle reader = cast.as(cast.steering());

		EarnedValueResult page = this.earnedValues.at(reader, CostingTestApplication.TODAY);
		assertThat(page.bac()).isEqualByComparingTo("1500.00");
		assertThat(page.ac()).isEqualByComparingTo("400.00");

		CostStatus row = this.portfolio
			.statusOf(List.of(reader), Map.of(reader.value(), this.earnedValues.phases(reader)),
					CostingTestApplication.TODAY)
			.get(reader.value());
		assertThat(row.earnedValue()).isEqualTo(page);
		assertThat(row.plannedToDate()).isEqualByComparingTo("1800.00");
		assertThat(row.actualToDate()).isEqualByComparingTo("450.00");
		assertThat(row.plannedTco()).isEqualByComparingTo("1800.00");
		// actual in the five years 549 + planned still to come 0 + planned but not booked
		// 1800 - 450
		assertThat(row.forecastTco()).isEqualByComparingTo("1899.00");
	}

}
