package com.crmtracker.scorecard;

import java.util.List;
import java.util.Map;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.crmtracker.scorecard.ScorecardFixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RankingsTest {

	@Autowired
	Rankings rankings;

	@Autowired
	Scorecards scorecards;

	@Autowired
	QualitativeEvaluation qualitative;

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

	private static Map<String, Integer> ranks(int financial, int customer, int process, int learning) {
		return Map.of("FINANCIAL", financial, "CUSTOMER", customer, "INTERNAL_PROCESS", process, "LEARNING_GROWTH",
				learning);
	}

	@Test
	void expertsRankInRoundsAndAnAgreeingRoundIsAdoptedAsTheWeights() {
		RankingView ranking = this.rankings.open(this.f.asDirector(), Rankings.PERSPECTIVES, null);
		assertThat(ranking.items()).hasSize(4);
		assertThat(ranking.openRound().number()).isEqualTo(1);
		this.rankings.submit(this.f.asDirector(), ranking.id(), null, ranks(1, 2, 3, 4));
		ranking = this.rankings.submit(this.f.asSteering(), ranking.id(), null, ranks(1, 2, 4, 3));
		// R = F 2, C 4, I 7, L 7; m(n+1)/2 = 5; S = 9 + 1 + 4 + 4 = 18
		// W = 12 × 18 / (2² × 60) = 216 / 240 = 0.9
		RoundView first = ranking.round(1);
		assertThat(first.kendallW()).isEqualByComparingTo("0.9");
		assertThat(first.meanRanks().get("INTERNAL_PROCESS")).isEqualByComparingTo("3.5");
		// n + 1 − R̄ = 4, 3, 1.5, 1.5, sum 10
		assertThat(first.weights().get("FINANCIAL")).isEqualByComparingTo("0.4");
		assertThat(first.weights().get("LEARNING_GROWTH")).isEqualByComparingTo("0.15");
		assertThat(first.adoptable()).isTrue();

		ranking = this.rankings.nextRound(this.f.asDirector(), ranking.id());
		assertThat(ranking.rounds()).hasSize(2);
		assertThat(ranking.round(1).open()).isFalse();
		assertThat(ranking.round(1).ballots()).isEqualTo(2);
		assertThat(ranking.openRound().number()).isEqualTo(2);

		ranking = this.rankings.adopt(this.f.asDirector(), ranking.id(), 1);
		assertThat(ranking.adoptedRound()).isEqualTo(1);
		assertThat(ranking.openRound()).isNull();
		ScorecardView card = this.scorecards.scorecard(this.f.asSteering());
		assertThat(card.perspective(Perspective.FINANCIAL).weight()).isEqualByComparingTo("0.4");
		assertThat(card.perspective(Perspective.CUSTOMER).weight()).isEqualByComparingTo("0.3");
		assertThat(card.perspective(Perspective.INTERNAL_PROCESS).weight()).isEqualByComparingTo("0.15");
		assertThat(this.rankings.list(this.f.asFinance())).hasSize(1);
	}

	@Test
	void ranksThatAreNoPermutationAreRefused() {
		RankingView ranking = this.rankings.open(this.f.asDirector(), Rankings.PERSPECTIVES, null);
		assertThatThrownBy(() -> this.rankings.submit(this.f.asSteering(), ranking.id(), null, ranks(1, 1, 3, 4)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().get(0).field()).isEqualTo("ranks"));
		assertThat(this.rankings.get(this.f.asSteering(), ranking.id()).round(1).ballots()).isZero();
	}

	@Test
	void onlyExpertsRankAndOnlyTheDirectorRunsRounds() {
		RankingView ranking = this.rankings.open(this.f.asDirector(), Rankings.PERSPECTIVES, null);
		assertThatThrownBy(() -> this.rankings.submit(this.f.asFinance(), ranking.id(), null, ranks(1, 2, 3, 4)))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.rankings.open(this.f.asSteering(), Rankings.PERSPECTIVES, null))
			.isInstanceOf(Forbidden.class);
		this.rankings.submit(this.f.asSteering(), ranking.id(), null, ranks(1, 2, 3, 4));
		assertThatThrownBy(() -> this.rankings.nextRound(this.f.asSteering(), ranking.id()))
			.isInstanceOf(Forbidden.class);
		// a steering member may not cast another expert's ballot
		assertThatThrownBy(() -> this.rankings.submit(this.f.asSteering(), ranking.id(), this.f.director().username(),
				ranks(1, 2, 3, 4)))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void theDirectorEntersBallotsOnlyForMembersOfTheCommittee() {
		RankingView ranking = this.rankings.open(this.f.asDirector(), Rankings.PERSPECTIVES, null);
		assertThatThrownBy(() -> this.rankings.submit(this.f.asDirector(), ranking.id(), this.f.finance().username(),
				ranks(1, 2, 3, 4)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("ballot.expert.notExpert"));
		RankingView entered = this.rankings.submit(this.f.asDirector(), ranking.id(), this.f.steering().username(),
				ranks(1, 2, 3, 4));
		assertThat(entered.round(1).experts()).containsExactly(this.f.steering().username());
	}

	@Test
	void aRoundWithoutAgreementCannotBeAdopted() {
		this.scorecards.addFromLibrary(this.f.asDirector(), "SALES_PLAN_ATTAINMENT", d("80"), d("100"), d("1"),
				PeriodType.QUARTER);
		this.scorecards.addFromLibrary(this.f.asDirector(), "ITEMS_PER_DEAL", d("2"), d("3"), d("1"),
				PeriodType.QUARTER);
		RankingView ranking = this.rankings.open(this.f.asDirector(), "FINANCIAL", null);
		assertThat(ranking.items()).containsExactly("Sales plan attainment", "Items per deal");
		this.rankings.submit(this.f.asDirector(), ranking.id(), null,
				Map.of("Sales plan attainment", 1, "Items per deal", 2));
		ranking = this.rankings.submit(this.f.asSteering(), ranking.id(), null,
				Map.of("Sales plan attainment", 2, "Items per deal", 1));
		// opposite ranks: W = 0
		assertThat(ranking.round(1).kendallW()).isEqualByComparingTo("0");
		long id = ranking.id();
		assertThatThrownBy(() -> this.rankings.adopt(this.f.asDirector(), id, 1)).isInstanceOf(Conflict.class);
		// a ranking of a perspective's KPIs needs names of its KPIs
		assertThatThrownBy(() -> this.rankings.open(this.f.asDirector(), "FINANCIAL",
				List.of("Sales plan attainment", "Nonsense")))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void adoptingAKpiRankingReweighsThePerspectivesKpis() {
		this.scorecards.addFromLibrary(this.f.asDirector(), "SALES_PLAN_ATTAINMENT", d("80"), d("100"), d("1"),
				PeriodType.QUARTER);
		this.scorecards.addFromLibrary(this.f.asDirector(), "ITEMS_PER_DEAL", d("2"), d("3"), d("1"),
				PeriodType.QUARTER);
		RankingView ranking = this.rankings.open(this.f.asDirector(), "FINANCIAL", null);
		Map<String, Integer> same = Map.of("Sales plan attainment", 1, "Items per deal", 2);
		this.rankings.submit(this.f.asDirector(), ranking.id(), null, same);
		this.rankings.submit(this.f.asDirector(), ranking.id(), this.f.steering().username(), same);
		// mean ranks 1 and 2, n + 1 − R̄ = 2 and 1 → 2/3 and 1/3
		this.rankings.adopt(this.f.asDirector(), ranking.id(), 1);
		assertThat(this.scorecards.kpis(this.f.asDirector())).extracting(KpiView::weight)
			.containsExactly(d("0.66666667"), d("0.33333333"));
	}

	@Test
	void gradesGiveTheFuzzyEvaluation() {
		KpiView satisfaction = this.scorecards.addFromLibrary(this.f.asDirector(), "CUSTOMER_SATISFACTION", d("70"),
				d("90"), d("1"), PeriodType.QUARTER);
		// 88: (88 − 70) / 20 = 0.9 → excellent
		this.scorecards.record(this.f.asDirector(), satisfaction.id(),
				new MeasurementInput("2026-Q1", d("88"), null, null, null));
		long indicator = this.qualitative.addIndicator(this.f.asDirector(),
				new IndicatorDraft(Perspective.CUSTOMER, "Sales staff use the CRM daily", null, d("1")));
		this.qualitative.grade(this.f.asDirector(), indicator, Grade.GOOD);
		this.qualitative.grade(this.f.asSteering(), indicator, Grade.FAIR);
		this.qualitative.grade(this.f.asSteering(), indicator, Grade.EXCELLENT);
		assertThatThrownBy(() -> this.qualitative.grade(this.f.asFinance(), indicator, Grade.POOR))
			.isInstanceOf(Forbidden.class);
		// indicator row (0.5, 0.5, 0, 0) (the steering member's second grade replaced the
		// first), KPI row (1, 0, 0, 0), weights 1 and 1 → B_C = (0.75, 0.25, 0, 0); the
		// only
		// perspective, so B* = B_C: grade excellent, score 75 + 20 = 95
		FuzzyView view = this.qualitative.evaluation(this.f.asSteering());
		assertThat(view.overall().excellent()).isEqualByComparingTo("0.75");
		assertThat(view.overall().good()).isEqualByComparingTo("0.25");
		assertThat(view.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(view.score()).isEqualByComparingTo("95");
		assertThat(view.leftOut()).containsExactly(Perspective.FINANCIAL, Perspective.INTERNAL_PROCESS,
				Perspective.LEARNING_GROWTH);
		assertThat(view.myGrades()).containsEntry(indicator, Grade.EXCELLENT);
	}

}
