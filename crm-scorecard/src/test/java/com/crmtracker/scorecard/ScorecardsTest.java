package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.ScorecardTestApplication;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.crmtracker.scorecard.ScorecardFixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest
class ScorecardsTest {

	@Autowired
	Scorecards scorecards;

	@Autowired
	UserDirectory users;

	@Autowired
	Projects projects;

	@Autowired
	com.crmtracker.project.ProjectAccess access;

	ScorecardFixture f;

	@BeforeEach
	void aProject() {
		this.f = ScorecardFixture.aProjectWithCommittee(this.users, this.projects, this.access);
	}

	private KpiView planAttainment() {
		return this.scorecards.addFromLibrary(this.f.asDirector(), "SALES_PLAN_ATTAINMENT", d("80"), d("100"), d("1"),
				PeriodType.QUARTER);
	}

	private KpiView satisfaction() {
		return this.scorecards.addFromLibrary(this.f.asDirector(), "CUSTOMER_SATISFACTION", d("70"), d("90"), d("1"),
				PeriodType.QUARTER);
	}

	@Test
	void scoresRollUpFromTheLatestMeasurementsAndLeaveOutPerspectivesWithoutScore() {
		KpiView plan = planAttainment();
		KpiView satisfaction = satisfaction();
		// plan attainment 90 / 100 × 100 = 90: (90 − 80) / (100 − 80) = 0.5 → amber
		MeasurementView measured = this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-Q1", null, d("90"), d("100"), null));
		assertThat(measured.value()).isEqualByComparingTo("90");
		assertThat(measured.score()).isEqualByComparingTo("0.5");
		assertThat(measured.status()).isEqualTo(ScoreStatus.AMBER);
		// satisfaction 88: (88 − 70) / (90 − 70) = 0.9 → green
		this.scorecards.record(this.f.asDirector(), satisfaction.id(),
				new MeasurementInput("2026-Q1", d("88"), null, null, null));

		ScorecardView card = this.scorecards.scorecard(this.f.asSteering());
		assertThat(card.perspective(Perspective.FINANCIAL).score()).isEqualByComparingTo("0.5");
		assertThat(card.perspective(Perspective.CUSTOMER).status()).isEqualTo(ScoreStatus.GREEN);
		// equal weights 0.25; two perspectives left out: (0.25 × 0.5 + 0.25 × 0.9) / 0.5
		// =
		// 0.7
		assertThat(card.overall()).isEqualByComparingTo("0.7");
		assertThat(card.status()).isEqualTo(ScoreStatus.AMBER);
		assertThat(card.leftOut()).containsExactly(Perspective.INTERNAL_PROCESS, Perspective.LEARNING_GROWTH);

		// weights 0.6, 0.2, 0.1, 0.1: (0.6 × 0.5 + 0.2 × 0.9) / 0.8 = 0.48 / 0.8 = 0.6
		card = this.scorecards.setWeights(this.f.asDirector(),
				Map.of(Perspective.FINANCIAL, d("0.6"), Perspective.CUSTOMER, d("0.2"), Perspective.INTERNAL_PROCESS,
						d("0.1"), Perspective.LEARNING_GROWTH, d("0.1")),
				null);
		assertThat(card.overall()).isEqualByComparingTo("0.6");

		// stricter thresholds turn the customer perspective amber
		card = this.scorecards.setThresholds(this.f.asDirector(), d("0.95"), d("0.6"), card.settingsVersion());
		assertThat(card.perspective(Perspective.CUSTOMER).status()).isEqualTo(ScoreStatus.AMBER);
		long stale = card.settingsVersion() - 1;
		assertThatThrownBy(() -> this.scorecards.setThresholds(this.f.asDirector(), d("0.9"), d("0.5"), stale))
			.isInstanceOf(StaleVersion.class);
	}

	@Test
	void aProjectsScorecardAndItsPortfolioEntryGiveTheSameFigures() {
		// financial: plan attainment 90 / 100 × 100 = 90 → (90 − 80) / 20 = 0.5, weight
		// 3;
		// items per deal 280 / 100 = 2.8 → (2.8 − 2) / (3 − 2) = 0.8, weight 1;
		// perspective = (3 × 0.5 + 1 × 0.8) / 4 = 0.575
		KpiView plan = this.scorecards.addFromLibrary(this.f.asDirector(), "SALES_PLAN_ATTAINMENT", d("80"), d("100"),
				d("3"), PeriodType.QUARTER);
		KpiView items = this.scorecards.addFromLibrary(this.f.asDirector(), "ITEMS_PER_DEAL", d("2"), d("3"), d("1"),
				PeriodType.QUARTER);
		this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-Q1", null, d("90"), d("100"), null));
		this.scorecards.record(this.f.asDirector(), items.id(),
				new MeasurementInput("2026-Q1", null, d("280"), d("100"), null));
		// customer: satisfaction 88 → (88 − 70) / 20 = 0.9
		KpiView satisfaction = satisfaction();
		this.scorecards.record(this.f.asDirector(), satisfaction.id(),
				new MeasurementInput("2026-Q1", d("88"), null, null, null));
		this.scorecards.setWeights(this.f.asDirector(), Map.of(Perspective.FINANCIAL, d("0.4"), Perspective.CUSTOMER,
				d("0.3"), Perspective.INTERNAL_PROCESS, d("0.2"), Perspective.LEARNING_GROWTH, d("0.1")), null);
		// another project in the same batch changes nothing of this one's figures
		ScorecardFixture other = ScorecardFixture.aProjectWithCommittee(this.users, this.projects, this.access);

		ScorecardView single = this.scorecards.scorecard(this.f.asSteering());
		ScorecardView entry = this.scorecards.scorecardsOf(List.of(other.asDirector(), this.f.asFinance()))
			.get(this.f.project().value());

		// overall = (0.4 × 0.575 + 0.3 × 0.9) / (0.4 + 0.3) = 0.5 / 0.7 = 0.714285…
		for (ScorecardView card : List.of(single, entry)) {
			assertThat(card.perspective(Perspective.FINANCIAL).score()).isEqualByComparingTo("0.575");
			assertThat(card.perspective(Perspective.CUSTOMER).score()).isEqualByComparingTo("0.9");
			assertThat(card.perspective(Perspective.INTERNAL_PROCESS).score()).isNull();
			assertThat(card.overall()).isCloseTo(d("0.7142857142857143"), within(d("1E-12")));
			assertThat(card.status()).isEqualTo(ScoreStatus.AMBER);
			assertThat(card.leftOut()).containsExactly(Perspective.INTERNAL_PROCESS, Perspective.LEARNING_GROWTH);
		}
		assertThat(entry.overall()).isEqualTo(single.overall());
		assertThat(entry.perspectives()).isEqualTo(single.perspectives());
	}

	@Test
	void whoEnteredAMeasurementAndWhenComesFromTheActorAndTheClock() {
		KpiView plan = planAttainment();
		MeasurementView measured = this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-Q1", null, d("90"), d("100"), null));
		assertThat(measured.enteredBy()).isEqualTo(this.f.director().username());
		assertThat(measured.enteredAt()).isEqualTo(ScorecardTestApplication.NOW);
	}

	@Test
	void perspectiveWeightsMustSumToOne() {
		assertThatThrownBy(() -> this.scorecards.setWeights(this.f.asDirector(),
				Map.of(Perspective.FINANCIAL, d("0.5"), Perspective.CUSTOMER, d("0.2"), Perspective.INTERNAL_PROCESS,
						d("0.2"), Perspective.LEARNING_GROWTH, d("0.2")),
				null))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::code).contains("weights.sum"));
		// within ±0.0001 is accepted: 0.33333 + 0.33333 + 0.33334 + 0 = 1
		this.scorecards.setWeights(this.f.asDirector(),
				Map.of(Perspective.FINANCIAL, d("0.33333"), Perspective.CUSTOMER, d("0.33333"),
						Perspective.INTERNAL_PROCESS, d("0.33334"), Perspective.LEARNING_GROWTH, d("0")),
				null);
	}

	@Test
	void growthIsComputedFromThePreviousPeriodAndCorrectionsKeepHistory() {
		KpiView growth = this.scorecards.addFromLibrary(this.f.asDirector(), "SALES_GROWTH", d("5"), d("20"), d("1"),
				PeriodType.QUARTER);
		MeasurementView first = this.scorecards.record(this.f.asDirector(), growth.id(),
				new MeasurementInput("2026-Q1", null, null, null, d("1000000")));
		assertThat(first.value()).isNull();
		assertThat(first.score()).isNull();
		// (1 150 000 − 1 000 000) / 1 000 000 × 100 = 15; (15 − 5) / (20 − 5) = 2/3
		MeasurementView second = this.scorecards.record(this.f.asDirector(), growth.id(),
				new MeasurementInput("2026-Q2", null, null, null, d("1150000")));
		assertThat(second.value()).isEqualByComparingTo("15");
		assertThat(second.score()).isCloseTo(d("0.6666666666666667"), within(d("1E-15")));

		// correcting Q1 to 1 100 000: Q2 = 50 000 / 1 100 000 × 100 = 4.5454…, below the
		// baseline: 0
		this.scorecards.record(this.f.asDirector(), growth.id(),
				new MeasurementInput("2026-Q1", null, null, null, d("1100000")));
		KpiDetail detail = this.scorecards.kpi(this.f.asSteering(), growth.id());
		assertThat(detail.series()).extracting(MeasurementView::period).containsExactly("2026-Q1", "2026-Q2");
		assertThat(detail.series().get(1).value()).isCloseTo(d("4.545454545454545"), within(d("1E-14")));
		assertThat(detail.series().get(1).score()).isEqualByComparingTo("0");
		assertThat(detail.superseded()).hasSize(1);
		assertThat(detail.superseded().get(0).input().amount()).isEqualByComparingTo("1000000");
		assertThat(detail.superseded().get(0).supersededAt()).isNotNull();
	}

	@Test
	void aTargetEqualToTheBaselineAndANegativeWeightAreRefused() {
		assertThatThrownBy(() -> this.scorecards.addFromLibrary(this.f.asDirector(), "CUSTOMER_SATISFACTION", d("80"),
				d("80"), d("-1"), PeriodType.QUARTER))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::field)
						.containsExactlyInAnyOrder("target", "weight"));
		assertThat(this.scorecards.kpis(this.f.asDirector())).isEmpty();
	}

	@Test
	void aRatioWithAZeroDenominatorIsRefusedAndNothingStored() {
		KpiView plan = planAttainment();
		assertThatThrownBy(() -> this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-Q1", null, d("5"), d("0"), null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::field)
						.containsExactly("denominator"));
		assertThat(this.scorecards.kpi(this.f.asDirector(), plan.id()).series()).isEmpty();
	}

	@Test
	void aPeriodMustMatchTheKpisPeriodType() {
		KpiView plan = planAttainment();
		assertThatThrownBy(() -> this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-09", null, d("5"), d("10"), null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("measurement.period.quarterly"));
		assertThatThrownBy(() -> this.scorecards.record(this.f.asDirector(), plan.id(),
				new MeasurementInput("2026-Q5", null, d("5"), d("10"), null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("measurement.period.invalid"));
	}

	@Test
	void onlyTheProjectsDirectorEditsItsScorecard() {
		assertThatThrownBy(this::planAttainmentBySteering).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.scorecards.addFromLibrary(this.f.asFinance(), "MARKET_SHARE", d("1"), d("2"),
				d("1"), PeriodType.QUARTER))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.scorecards.addFromLibrary(this.f.asOtherDirector(), "MARKET_SHARE", d("1"),
				d("2"), d("1"), PeriodType.QUARTER))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.scorecards.scorecard(this.f.asOtherDirector())).isInstanceOf(NotFound.class);
		assertThat(this.scorecards.scorecard(this.f.asFinance()).overall()).isNull();
	}

	private void planAttainmentBySteering() {
		this.scorecards.addFromLibrary(this.f.asSteering(), "MARKET_SHARE", d("1"), d("2"), d("1"), PeriodType.QUARTER);
	}

	@Test
	void customKpisNeedAScaleForARatio() {
		KpiDraft draft = new KpiDraft(null, Perspective.INTERNAL_PROCESS, "Quotes on time", null, null, null, "%", null,
				Direction.HIGHER_IS_BETTER, MeasureType.RATIO, null, d("50"), d("90"), d("2"), PeriodType.MONTH);
		assertThatThrownBy(() -> this.scorecards.addKpi(this.f.asDirector(), draft)).isInstanceOfSatisfying(
				InvalidInput.class,
				ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::field).containsExactly("scale"));
		KpiDraft scaled = new KpiDraft(null, Perspective.INTERNAL_PROCESS, "Quotes on time", null, null, null, "%",
				null, Direction.HIGHER_IS_BETTER, MeasureType.RATIO, new BigDecimal("100"), d("50"), d("90"), d("2"),
				PeriodType.MONTH);
		KpiView kpi = this.scorecards.addKpi(this.f.asDirector(), scaled);
		// 35 of 50 on time × 100 = 70: (70 − 50) / (90 − 50) = 0.5
		MeasurementView m = this.scorecards.record(this.f.asDirector(), kpi.id(),
				new MeasurementInput("2026-09", null, d("35"), d("50"), null));
		assertThat(m.score()).isEqualByComparingTo("0.5");
		assertThat(this.scorecards.kpis(this.f.asSteering())).extracting(KpiView::name)
			.containsExactly("Quotes on time");
		assertThat(List.of(LibraryKpi.values())).hasSizeGreaterThanOrEqualTo(16);
	}

}
