package com.crmtracker.project.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.PhaseLine;
import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.PlanStatus;
import com.crmtracker.project.rules.PlanRules.DateRange;
import com.crmtracker.project.rules.PlanRules.Weighted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's rules, computed by hand. */
class PlanRulesTest {

	static Weighted done(String weight) {
		return new Weighted(new BigDecimal(weight), true);
	}

	static Weighted open(String weight) {
		return new Weighted(new BigDecimal(weight), false);
	}

	@Test
	void progressIsCompletedWeightOverTotalWeight() {
		// completed 2 + 1 = 3 of 2 + 1 + 3 = 6 → 0.5
		assertThat(PlanRules.progress(List.of(done("2"), done("1"), open("3")))).isEqualByComparingTo("0.5");
		// 1 of 3 equal deliverables → 0.3333333333333333 (16 digits, DECIMAL64)
		assertThat(PlanRules.progress(List.of(done("1"), open("1"), open("1"))))
			.isEqualByComparingTo("0.3333333333333333");
		// weights 0.5 done, 1.5 open → 0.5 / 2 = 0.25
		assertThat(PlanRules.progress(List.of(done("0.5"), open("1.5")))).isEqualByComparingTo("0.25");
	}

	@Test
	void progressAtADateCountsOnlyWhatWasCompletedByThen() {
		// weight 2 completed 10 March, weight 1 completed 20 March, weight 3 open
		List<PhaseSchedule.Completion> deliverables = List.of(
				new PhaseSchedule.Completion(new BigDecimal("2"), LocalDate.parse("2026-03-10")),
				new PhaseSchedule.Completion(new BigDecimal("1"), LocalDate.parse("2026-03-20")),
				new PhaseSchedule.Completion(new BigDecimal("3"), null));
		// before the first completion: 0 of 6
		assertThat(PlanRules.progressAt(deliverables, LocalDate.parse("2026-03-09"))).isEqualByComparingTo("0");
		// on the day of the first: 2 of 6 = 0.3333333333333333
		assertThat(PlanRules.progressAt(deliverables, LocalDate.parse("2026-03-10")))
			.isEqualByComparingTo("0.3333333333333333");
		// after both: 3 of 6 = 0.5, the open one never counts
		assertThat(PlanRules.progressAt(deliverables, LocalDate.parse("2026-12-31"))).isEqualByComparingTo("0.5");
		assertThat(PlanRules.progressAt(List.of(), LocalDate.parse("2026-12-31"))).isEqualByComparingTo("0");
	}

	@Test
	void progressIsZeroForAPhaseWithoutDeliverables() {
		assertThat(PlanRules.progress(List.of())).isEqualByComparingTo("0");
	}

	@Test
	void progressIsOneWhenEverythingIsComplete() {
		assertThat(PlanRules.progress(List.of(done("1"), done("4")))).isEqualByComparingTo("1");
	}

	@Test
	void slippageOfAnOpenDeliverableCountsUpToToday() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		// due 2026-11-10, open on 2026-11-22 → 12 days
		assertThat(PlanRules.slipDays(LocalDate.of(2026, 11, 10), null, today)).isEqualTo(12);
		assertThat(PlanRules.overdue(LocalDate.of(2026, 11, 10), null, today)).isTrue();
	}

	@Test
	void slippageOfACompletedDeliverableCountsUpToItsCompletion() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		// due 2026-10-31, completed 2026-11-03 → 3 days (across the month end)
		assertThat(PlanRules.slipDays(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3), today)).isEqualTo(3);
		assertThat(PlanRules.overdue(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3), today)).isFalse();
	}

	@Test
	void earlyOrOnTimeDeliverablesDoNotSlip() {
		LocalDate today = LocalDate.of(2026, 11, 22);
		assertThat(PlanRules.slipDays(LocalDate.of(2026, 11, 22), null, today)).isZero();
		assertThat(PlanRules.overdue(LocalDate.of(2026, 11, 22), null, today)).isFalse();
		assertThat(PlanRules.slipDays(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 20), today)).isZero();
	}

	@Test
	void aPhaseWhoseDeliverablesAreAllCompleteAwaitsItsGate() {
		assertThat(PlanRules.statusAfterChange(PhaseStatus.IN_PROGRESS, 3, 3, true))
			.isEqualTo(PhaseStatus.AWAITING_GATE);
		assertThat(PlanRules.statusAfterChange(PhaseStatus.NOT_STARTED, 1, 1, false))
			.isEqualTo(PhaseStatus.AWAITING_GATE);
	}

	@Test
	void reopeningADeliverableTakesTheGateBackToWork() {
		assertThat(PlanRules.statusAfterChange(PhaseStatus.AWAITING_GATE, 3, 2, true))
			.isEqualTo(PhaseStatus.IN_PROGRESS);
	}

	@Test
	void aPhaseStartsWithItsFirstCompletedDeliverable() {
		assertThat(PlanRules.statusAfterChange(PhaseStatus.NOT_STARTED, 3, 0, false))
			.isEqualTo(PhaseStatus.NOT_STARTED);
		assertThat(PlanRules.statusAfterChange(PhaseStatus.NOT_STARTED, 3, 1, false))
			.isEqualTo(PhaseStatus.IN_PROGRESS);
	}

	@Test
	void aPhaseWithoutDeliverablesNeverAwaitsAGate() {
		assertThat(PlanRules.statusAfterChange(PhaseStatus.IN_PROGRESS, 0, 0, true)).isEqualTo(PhaseStatus.IN_PROGRESS);
	}

	@Test
	void aDonePhaseStaysDone() {
		assertThat(PlanRules.statusAfterChange(PhaseStatus.DONE, 3, 3, true)).isEqualTo(PhaseStatus.DONE);
	}

	@Test
	void approvingAGateMakesThePhaseDone() {
		assertThat(PlanRules.afterGate(PhaseStatus.AWAITING_GATE, GateDecision.APPROVE, null))
			.isEqualTo(PhaseStatus.DONE);
	}

	@Test
	void rejectingAGateSendsThePhaseBackToWork() {
		assertThat(PlanRules.afterGate(PhaseStatus.AWAITING_GATE, GateDecision.REJECT, "Scope not signed"))
			.isEqualTo(PhaseStatus.IN_PROGRESS);
	}

	@Test
	void aRejectionNeedsAReason() {
		assertThatThrownBy(() -> PlanRules.afterGate(PhaseStatus.AWAITING_GATE, GateDecision.REJECT, "  "))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().get(0).field()).isEqualTo("reason"));
	}

	@Test
	void onlyAPhaseAwaitingItsGateCanBeDecided() {
		for (PhaseStatus status : List.of(PhaseStatus.NOT_STARTED, PhaseStatus.IN_PROGRESS, PhaseStatus.DONE)) {
			assertThatThrownBy(() -> PlanRules.afterGate(status, GateDecision.APPROVE, null))
				.isInstanceOf(Conflict.class);
		}
	}

	@Test
	void phasesAreSpreadByWeightUpToGoLiveAndTheLastRunsAfterIt() {
		// 2026-01-01 .. 2026-01-30 is 30 days; weights 1, 2, (last) → 10 and 20 days
		List<DateRange> ranges = PlanRules.spread(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30),
				List.of(1, 2, 5));
		assertThat(ranges).containsExactly(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)),
				new DateRange(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 30)),
				new DateRange(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30)));
	}

	@Test
	void theNinePhasesEndOnGoLiveBackToBack() {
		LocalDate start = LocalDate.of(2026, 6, 1);
		LocalDate goLive = LocalDate.of(2027, 5, 31);
		List<DateRange> ranges = PlanRules.spread(start, goLive, List.of(1, 1, 2, 2, 2, 3, 2, 1, 3));
		assertThat(ranges).hasSize(9);
		assertThat(ranges.get(0).start()).isEqualTo(start);
		assertThat(ranges.get(7).end()).isEqualTo(goLive);
		for (int i = 1; i < 8; i++) {
			assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end().plusDays(1));
		}
		assertThat(ranges.get(8).start()).isEqualTo(goLive.plusDays(1));
	}

	@Test
	void aShortSpanStillGivesEveryPhaseAValidRange() {
		LocalDate day = LocalDate.of(2026, 3, 2);
		List<DateRange> ranges = PlanRules.spread(day, day, List.of(1, 1, 1, 1));
		assertThat(ranges).allSatisfy(r -> assertThat(r.end()).isAfterOrEqualTo(r.start()));
		assertThat(ranges.subList(0, 3)).allSatisfy(r -> assertThat(r.end()).isEqualTo(day));
	}

	@Test
	void driftIsCurrentMinusBaselineInDays() {
		assertThat(PlanRules.driftDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15))).isEqualTo(14);
		assertThat(PlanRules.driftDays(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 1))).isEqualTo(-14);
		assertThat(PlanRules.driftDays(null, LocalDate.of(2026, 3, 1))).isZero();
	}

	@Test
	void theStatusCountsGatesAwaitingOpenOverdueDeliverablesAndTheWorstSlipAmongThem() {
		LocalDate today = LocalDate.of(2026, 6, 30);
		PlanRules.PhaseFacts done = new PlanRules.PhaseFacts(1, "Prepare", "准备", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 31), null, null, PhaseStatus.DONE,
				List.of(new PlanRules.DeliverableFacts(BigDecimal.ONE, LocalDate.of(2026, 1, 31),
						LocalDate.of(2026, 4, 30))));
		PlanRules.PhaseFacts awaiting = new PlanRules.PhaseFacts(2, "Kick-off", "启动", LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 2, 28), null, null, PhaseStatus.AWAITING_GATE,
				List.of(new PlanRules.DeliverableFacts(new BigDecimal("2"), LocalDate.of(2026, 2, 28),
						LocalDate.of(2026, 2, 27))));
		PlanRules.PhaseFacts working = new PlanRules.PhaseFacts(3, "Analyse", "分析", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 7, 31), null, null, PhaseStatus.IN_PROGRESS,
				List.of(new PlanRules.DeliverableFacts(new BigDecimal("3"), LocalDate.of(2026, 6, 20), null),
						new PlanRules.DeliverableFacts(BigDecimal.ONE, LocalDate.of(2026, 6, 1), null),
						new PlanRules.DeliverableFacts(new BigDecimal("4"), LocalDate.of(2026, 7, 31),
								LocalDate.of(2026, 6, 2)),
						new PlanRules.DeliverableFacts(new BigDecimal("2"), LocalDate.of(2026, 7, 1), null)));

		PlanStatus status = PlanRules.status(7, List.of(working, done, awaiting), today);

		assertThat(status.phases()).extracting(PhaseLine::number).containsExactly(1, 2, 3);
		assertThat(status.gatesAwaiting()).isEqualTo(1);
		// the completed late deliverable of phase 1 (29 days) is not overdue; open: 10
		// and 29 days
		assertThat(status.overdue()).isEqualTo(2);
		assertThat(status.worstSlipDays()).isEqualTo(29);
		// 4 done of 3 + 1 + 4 + 2 = 10
		assertThat(status.phase(3).progress()).isEqualByComparingTo("0.4");
		assertThat(status.currentPhase().number()).isEqualTo(2);
		assertThat(status.progress()).isEqualByComparingTo("1");
	}

	@Test
	void theCurrentPhaseIsTheLastWhenAllAreDoneAndNoneWithoutPhases() {
		PlanRules.PhaseFacts one = new PlanRules.PhaseFacts(1, "A", "甲", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 31), null, null, PhaseStatus.DONE, List.of());
		PlanRules.PhaseFacts two = new PlanRules.PhaseFacts(2, "B", "乙", LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 2, 28), null, null, PhaseStatus.DONE, List.of());
		assertThat(PlanRules.status(1, List.of(one, two), LocalDate.of(2026, 6, 30)).currentPhase().number())
			.isEqualTo(2);
		PlanStatus empty = PlanRules.status(1, List.of(), LocalDate.of(2026, 6, 30));
		assertThat(empty.currentPhase()).isNull();
		assertThat(empty.progress()).isEqualByComparingTo("0");
	}

	private static PlanRules.PhaseFacts phase(int number, String start, String end, boolean goLive) {
		return new PlanRules.PhaseFacts(number, "P" + number, "阶段" + number, LocalDate.parse(start),
				LocalDate.parse(end), null, null, PhaseStatus.NOT_STARTED, List.of(), goLive);
	}

	@Test
	void goLiveIsAtRiskWhenTheGoLivePhaseEndsAfterThePlannedGoLive() {
		LocalDate goLive = LocalDate.of(2027, 7, 1);
		// the demo case: cutover ends 2027-09-10, 30 (July) + 31 (August) + 10 = 71 days
		// late
		List<PlanRules.PhaseFacts> late = List.of(phase(7, "2027-03-01", "2027-10-01", false),
				phase(8, "2027-08-01", "2027-09-10", true));
		assertThat(PlanRules.goLiveRisk(late, goLive).slipDays()).isEqualTo(71);
		assertThat(PlanRules.status(1, late, LocalDate.of(2027, 1, 1), goLive).warnings())
			.extracting(com.crmtracker.project.PlanWarning::code)
			.containsExactly("GO_LIVE_AT_RISK");
		// ending on go-live day is in time; a later non-go-live phase does not count
		assertThat(PlanRules.goLiveRisk(List.of(phase(8, "2027-06-01", "2027-07-01", true)), goLive)).isNull();
		assertThat(PlanRules.goLiveRisk(List.of(phase(8, "2027-06-01", "2027-07-02", true)), goLive).slipDays())
			.isEqualTo(1);
		assertThat(PlanRules.goLiveRisk(List.of(phase(8, "2027-06-01", "2027-09-10", false)), goLive)).isNull();
	}

	@Test
	void deliverablesMoveByTheDaysTheEndMovedOrElseTheStart() {
		DateRange before = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		// both moved 14 days
		assertThat(
				PlanRules.deliverableShift(before, new DateRange(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14))))
			.isEqualTo(14);
		// only the end, 5 days earlier
		assertThat(
				PlanRules.deliverableShift(before, new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 26))))
			.isEqualTo(-5);
		// only the start, 3 days later
		assertThat(
				PlanRules.deliverableShift(before, new DateRange(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 31))))
			.isEqualTo(3);
	}

	@Test
	void aCompletionSuggestsTheStartAndReopeningTakesItBack() {
		LocalDate day = LocalDate.of(2026, 5, 4);
		PlanRules.PhaseStart suggested = PlanRules.afterDeliverablesChanged(PhaseStatus.NOT_STARTED, null, false, 2, 1,
				day);
		assertThat(suggested).isEqualTo(new PlanRules.PhaseStart(PhaseStatus.IN_PROGRESS, day, true));
		PlanRules.PhaseStart back = PlanRules.afterDeliverablesChanged(PhaseStatus.IN_PROGRESS, day, true, 2, 0, null);
		assertThat(back).isEqualTo(new PlanRules.PhaseStart(PhaseStatus.NOT_STARTED, null, false));
		// the director's start stays
		PlanRules.PhaseStart recorded = PlanRules.afterDeliverablesChanged(PhaseStatus.IN_PROGRESS, day, false, 2, 0,
				null);
		assertThat(recorded).isEqualTo(new PlanRules.PhaseStart(PhaseStatus.IN_PROGRESS, day, false));
		// editing the phase: a start left as suggested stays suggested, a changed one is
		// the director's
		assertThat(PlanRules.startStaysSuggested(day, true, day)).isTrue();
		assertThat(PlanRules.startStaysSuggested(day, true, day.minusDays(1))).isFalse();
	}

	@Test
	void onlyARejectedPhaseWithEveryDeliverableCompleteMayBeResubmitted() {
		assertThat(PlanRules.afterResubmit(PhaseStatus.IN_PROGRESS, GateDecision.REJECT, 3, 3))
			.isEqualTo(PhaseStatus.AWAITING_GATE);
		assertThat(PlanRules.mayResubmit(PhaseStatus.IN_PROGRESS, GateDecision.REJECT, 3, 2)).isFalse();
		assertThatThrownBy(() -> PlanRules.afterResubmit(PhaseStatus.IN_PROGRESS, GateDecision.REJECT, 3, 2))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> PlanRules.afterResubmit(PhaseStatus.AWAITING_GATE, GateDecision.RESUBMIT, 3, 3))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> PlanRules.afterResubmit(PhaseStatus.IN_PROGRESS, null, 3, 3))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> PlanRules.afterGate(PhaseStatus.AWAITING_GATE, GateDecision.RESUBMIT, null))
			.isInstanceOf(InvalidInput.class);
	}

}
