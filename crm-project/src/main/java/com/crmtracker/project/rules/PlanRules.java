package com.crmtracker.project.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.GoLiveRisk;
import com.crmtracker.project.PhaseLine;
import com.crmtracker.project.PhaseSchedule;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.PlanStatus;

/**
 * The rules of the implementation plan as pure functions: phase progress, slippage,
 * status after a deliverable changes, gate transitions and the first spread of planned
 * dates. No Spring, no database.
 */
public final class PlanRules {

	/** How long the last phase (operation and evaluation) runs after go-live. */
	public static final int OPERATION_DAYS = 90;

	private PlanRules() {
	}

	/** The weight of a deliverable and whether it is complete. */
	public record Weighted(BigDecimal weight, boolean complete) {
	}

	/**
	 * Completed deliverable weight / total deliverable weight; 0 when the phase has none.
	 */
	public static BigDecimal progress(List<Weighted> deliverables) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal done = BigDecimal.ZERO;
		for (Weighted d : deliverables) {
			total = total.add(d.weight());
			if (d.complete()) {
				done = done.add(d.weight());
			}
		}
		return progress(done, total);
	}

	/** Completed weight / total weight; 0 when the total is 0. */
	public static BigDecimal progress(BigDecimal done, BigDecimal total) {
		if (total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return done.divide(total, MathContext.DECIMAL64);
	}

	/**
	 * The progress of a phase at a date t: the weight of the deliverables completed on or
	 * before t / the total weight; 0 when the phase has none. A deliverable reopened
	 * counts again only from its new completion date.
	 */
	public static BigDecimal progressAt(List<PhaseSchedule.Completion> deliverables, LocalDate t) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal done = BigDecimal.ZERO;
		for (PhaseSchedule.Completion d : deliverables) {
			total = total.add(d.weight());
			if (d.completedOn() != null && !d.completedOn().isAfter(t)) {
				done = done.add(d.weight());
			}
		}
		return progress(done, total);
	}

	/**
	 * Days a deliverable slipped: its completion date (or today, while open) minus its
	 * due date, when positive; else 0.
	 */
	public static long slipDays(LocalDate due, LocalDate completedOn, LocalDate today) {
		LocalDate reference = completedOn != null ? completedOn : today;
		return Math.max(0, ChronoUnit.DAYS.between(due, reference));
	}

	/** An open deliverable whose due date has passed. */
	public static boolean overdue(LocalDate due, LocalDate completedOn, LocalDate today) {
		return completedOn == null && due.isBefore(today);
	}

	/**
	 * The status of a phase after its deliverables or actual dates changed: all complete
	 * (and at least one) → awaiting the gate; some work done or an actual start → in
	 * progress. A done phase stays done.
	 */
	public static PhaseStatus statusAfterChange(PhaseStatus current, int deliverables, int complete,
			boolean actuallyStarted) {
		if (current == PhaseStatus.DONE) {
			return PhaseStatus.DONE;
		}
		if (deliverables > 0 && complete == deliverables) {
			return PhaseStatus.AWAITING_GATE;
		}
		if (complete > 0 || actuallyStarted || current == PhaseStatus.AWAITING_GATE
				|| current == PhaseStatus.IN_PROGRESS) {
			return PhaseStatus.IN_PROGRESS;
		}
		return PhaseStatus.NOT_STARTED;
	}

	/**
	 * The status after a gate decision: approve → done, reject → back in progress. Only a
	 * phase awaiting its gate can be decided, and a rejection needs a reason.
	 */
	public static PhaseStatus afterGate(PhaseStatus current, GateDecision decision, String reason) {
		if (current != PhaseStatus.AWAITING_GATE) {
			throw new Conflict("gate.notAwaiting", "The phase is not awaiting its gate (it is " + current + ")");
		}
		if (decision == null || decision == GateDecision.RESUBMIT) {
			throw InvalidInput.of("decision", "gate.decision.required", "must be APPROVE or REJECT");
		}
		if (decision == GateDecision.REJECT && (reason == null || reason.isBlank())) {
			throw InvalidInput.of("reason", "gate.reason.required", "a rejection needs a reason");
		}
		return decision == GateDecision.APPROVE ? PhaseStatus.DONE : PhaseStatus.IN_PROGRESS;
	}

	/** What the status of a plan needs of one deliverable. */
	public record DeliverableFacts(BigDecimal weight, LocalDate due, LocalDate completedOn) {

		public Weighted weighted() {
			return new Weighted(this.weight, this.completedOn != null);
		}

		public PhaseSchedule.Completion completion() {
			return new PhaseSchedule.Completion(this.weight, this.completedOn);
		}

	}

	/**
	 * Completed first, by date, then by weight: the same list whatever the query's order.
	 */
	private static final java.util.Comparator<PhaseSchedule.Completion> COMPLETION_ORDER = java.util.Comparator
		.comparing(PhaseSchedule.Completion::completedOn, java.util.Comparator.nullsLast(LocalDate::compareTo))
		.thenComparing(PhaseSchedule.Completion::weight);

	/**
	 * What the status of a plan needs of one phase: its facts, its deliverables and
	 * whether it is the go-live phase of its template.
	 */
	public record PhaseFacts(int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
			LocalDate actualStart, LocalDate actualEnd, PhaseStatus status, List<DeliverableFacts> deliverables,
			boolean goLive) {

		public PhaseFacts(int number, String nameEn, String nameZh, LocalDate plannedStart, LocalDate plannedEnd,
				LocalDate actualStart, LocalDate actualEnd, PhaseStatus status, List<DeliverableFacts> deliverables) {
			this(number, nameEn, nameZh, plannedStart, plannedEnd, actualStart, actualEnd, status, deliverables, false);
		}

	}

	/**
	 * Where a plan stands on a day, the one rule the plan page, the dashboard, the
	 * portfolio, earned value and the board pack read: each phase's progress (completed
	 * weight / total weight), the gates awaiting a decision, the open deliverables past
	 * their due date and the worst slip among them (today minus the due date).
	 */
	public static PlanStatus status(long projectId, List<PhaseFacts> phases, LocalDate today) {
		return status(projectId, phases, today, null);
	}

	/**
	 * As {@link #status(long, List, LocalDate)}, and whether the go-live phase is planned
	 * to end after the project's planned go-live ({@link #goLiveRisk}).
	 */
	public static PlanStatus status(long projectId, List<PhaseFacts> phases, LocalDate today, LocalDate plannedGoLive) {
		List<PhaseLine> lines = new ArrayList<>();
		int gatesAwaiting = 0;
		int overdue = 0;
		long worstSlip = 0;
		for (PhaseFacts phase : phases.stream()
			.sorted(java.util.Comparator.comparingInt(PhaseFacts::number))
			.toList()) {
			lines.add(new PhaseLine(phase.number(), phase.nameEn(), phase.nameZh(), phase.plannedStart(),
					phase.plannedEnd(), phase.actualStart(), phase.actualEnd(), phase.status(),
					progress(phase.deliverables().stream().map(DeliverableFacts::weighted).toList()),
					phase.deliverables().stream().map(DeliverableFacts::completion).sorted(COMPLETION_ORDER).toList()));
			if (phase.status() == PhaseStatus.AWAITING_GATE) {
				gatesAwaiting++;
			}
			for (DeliverableFacts d : phase.deliverables()) {
				if (overdue(d.due(), d.completedOn(), today)) {
					overdue++;
					worstSlip = Math.max(worstSlip, slipDays(d.due(), d.completedOn(), today));
				}
			}
		}
		return new PlanStatus(projectId, List.copyOf(lines), gatesAwaiting, overdue, worstSlip,
				goLiveRisk(phases, plannedGoLive));
	}

	/**
	 * The go-live phase (the one its template marks) planned to end after the project's
	 * planned go-live, with the days between them; null when it ends on or before it, or
	 * when the plan has no go-live phase or the project no planned go-live.
	 */
	public static GoLiveRisk goLiveRisk(List<PhaseFacts> phases, LocalDate plannedGoLive) {
		if (plannedGoLive == null) {
			return null;
		}
		return phases.stream()
			.filter(PhaseFacts::goLive)
			.filter(p -> p.plannedEnd().isAfter(plannedGoLive))
			.findFirst()
			.map(p -> new GoLiveRisk(p.number(), p.plannedEnd(), plannedGoLive,
					ChronoUnit.DAYS.between(plannedGoLive, p.plannedEnd())))
			.orElse(null);
	}

	/**
	 * The days a phase's open deliverables move when its planned dates move: by as many
	 * days as its planned end moved, or, when only the start moved, as its start did.
	 */
	public static long deliverableShift(DateRange before, DateRange after) {
		long end = ChronoUnit.DAYS.between(before.end(), after.end());
		return end != 0 ? end : ChronoUnit.DAYS.between(before.start(), after.start());
	}

	/**
	 * A phase after its deliverables changed: its actual start and its status. The
	 * director's recorded start stays; without one, the earliest completion suggests it,
	 * and when no deliverable is complete any more the suggestion is taken back, and with
	 * it the "in progress" it brought.
	 * @param status the status as it stands
	 * @param actualStart the start as it stands, or null
	 * @param suggested whether that start was only suggested by a completion
	 * @param firstCompletion the earliest completion date among the phase's deliverables,
	 * or null when none is complete
	 */
	public static PhaseStart afterDeliverablesChanged(PhaseStatus status, LocalDate actualStart, boolean suggested,
			int deliverables, int complete, LocalDate firstCompletion) {
		LocalDate start = actualStart;
		boolean stillSuggested = suggested;
		PhaseStatus basis = status;
		if (actualStart == null || suggested) {
			start = firstCompletion;
			stillSuggested = firstCompletion != null;
			if (firstCompletion == null && actualStart != null && status == PhaseStatus.IN_PROGRESS) {
				basis = PhaseStatus.NOT_STARTED;
			}
		}
		if (status == PhaseStatus.DONE) {
			return new PhaseStart(PhaseStatus.DONE, actualStart, suggested);
		}
		return new PhaseStart(statusAfterChange(basis, deliverables, complete, start != null), start, stillSuggested);
	}

	/**
	 * A phase's actual start after the director edits the phase: a start left as
	 * suggested stays a suggestion, any other start is the director's.
	 */
	public static boolean startStaysSuggested(LocalDate before, boolean suggested, LocalDate edited) {
		return edited != null && suggested && edited.equals(before);
	}

	/** A phase's status, its actual start and whether only a completion suggested it. */
	public record PhaseStart(PhaseStatus status, LocalDate actualStart, boolean suggested) {
	}

	/**
	 * Whether the director may resubmit a phase for its gate: see {@link #afterResubmit}.
	 */
	public static boolean mayResubmit(PhaseStatus current, GateDecision lastEvent, int deliverables, int complete) {
		return rejectedAndBackInProgress(current, lastEvent) && deliverables > 0 && complete == deliverables;
	}

	private static boolean rejectedAndBackInProgress(PhaseStatus current, GateDecision lastEvent) {
		return current == PhaseStatus.IN_PROGRESS && lastEvent == GateDecision.REJECT;
	}

	/**
	 * The status after the director resubmits a rejected gate: only a phase whose last
	 * gate event is a rejection, back in progress, with every deliverable complete, may
	 * await its gate again.
	 */
	public static PhaseStatus afterResubmit(PhaseStatus current, GateDecision lastEvent, int deliverables,
			int complete) {
		if (!rejectedAndBackInProgress(current, lastEvent)) {
			throw new Conflict("gate.resubmit.notRejected",
					"Only a phase whose gate was rejected, and that is back in progress, can be resubmitted");
		}
		if (deliverables == 0 || complete < deliverables) {
			throw new Conflict("gate.resubmit.open",
					"Complete every deliverable of the phase before resubmitting it for the gate");
		}
		return PhaseStatus.AWAITING_GATE;
	}

	/**
	 * The phase a project is in: the first not done; the last one when all are done; none
	 * without phases.
	 */
	public static PhaseLine currentPhase(List<PhaseLine> phases) {
		return phases.stream()
			.filter(p -> p.status() != PhaseStatus.DONE)
			.min(java.util.Comparator.comparingInt(PhaseLine::number))
			.orElse(phases.isEmpty() ? null : phases.get(phases.size() - 1));
	}

	/** A planned or actual date range. */
	public record DateRange(LocalDate start, LocalDate end) {
	}

	/**
	 * Spreads the phases between the start date and go-live by their duration weights:
	 * all but the last end by go-live, back to back; the last (operation and evaluation)
	 * starts the day after go-live and runs {@link #OPERATION_DAYS} days. When the span
	 * is shorter than the number of phases, phases share days.
	 */
	public static List<DateRange> spread(LocalDate start, LocalDate goLive, List<Integer> weights) {
		List<DateRange> ranges = new ArrayList<>();
		int n = weights.size();
		if (n == 0) {
			return ranges;
		}
		if (n == 1) {
			ranges.add(new DateRange(start, goLive));
			return ranges;
		}
		long days = ChronoUnit.DAYS.between(start, goLive) + 1;
		long totalWeight = weights.subList(0, n - 1).stream().mapToLong(Integer::longValue).sum();
		long cumulative = 0;
		for (int i = 0; i < n - 1; i++) {
			long from = days * cumulative / totalWeight;
			cumulative += weights.get(i);
			long to = days * cumulative / totalWeight - 1;
			LocalDate phaseStart = start.plusDays(Math.min(from, days - 1));
			LocalDate phaseEnd = start.plusDays(Math.max(to, from));
			if (phaseEnd.isAfter(goLive)) {
				phaseEnd = goLive;
			}
			if (phaseStart.isAfter(phaseEnd)) {
				phaseStart = phaseEnd;
			}
			ranges.add(new DateRange(phaseStart, phaseEnd));
		}
		ranges.add(new DateRange(goLive.plusDays(1), goLive.plusDays(OPERATION_DAYS)));
		return ranges;
	}

	/** Days a date moved from its baseline: positive later, negative earlier. */
	public static long driftDays(LocalDate baseline, LocalDate current) {
		if (baseline == null || current == null) {
			return 0;
		}
		return ChronoUnit.DAYS.between(baseline, current);
	}

}
