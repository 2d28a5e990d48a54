package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.GateDecisionView;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.PhaseView;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of phases, deliverables and gate decisions (API.md). */
final class PlanJson {

	private PlanJson() {
	}

	record Phase(int number, String name, LocalDate plannedStart, LocalDate plannedEnd,
			@Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
			PhaseStatus status, BigDecimal progress, long version, List<Deliverable> deliverables,
			@Schema(nullable = true) String nameZh, List<Decision> decisions, boolean actualStartSuggested,
			boolean goLive, boolean resubmittable) {

		static Phase of(PhaseView p) {
			return new Phase(p.number(), p.nameEn(), p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd(),
					p.status(), p.progress(), p.version(), p.deliverables().stream().map(Deliverable::of).toList(),
					p.nameZh(), p.decisions().stream().map(Decision::of).toList(), p.actualStartSuggested(), p.goLive(),
					p.resubmittable());
		}

	}

	/** A phase's gate and its record, for {@code GET /gates}. */
	record Gate(int phase, String name, @Schema(nullable = true) String nameZh, PhaseStatus status,
			boolean resubmittable, List<Decision> events) {

		static Gate of(PhaseView p) {
			return new Gate(p.number(), p.nameEn(), p.nameZh(), p.status(), p.resubmittable(),
					p.decisions().stream().map(Decision::of).toList());
		}

	}

	/**
	 * {@code owner}: the user name of the member who owns it (or, for an owner typed
	 * before owners were members and matching none, that text); {@code ownerName}: the
	 * member's display name (or that text).
	 */
	record Deliverable(long id, String name, @Schema(nullable = true) String owner, LocalDate dueDate,
			@Schema(nullable = true) LocalDate completedOn, BigDecimal weight, long slipDays, long version, int phase,
			@Schema(nullable = true) String nameZh, @Schema(nullable = true) String documentLink, boolean overdue,
			@Schema(nullable = true) String ownerName) {

		static Deliverable of(DeliverableView d) {
			return new Deliverable(d.id(), d.name(), d.owner(), d.dueDate(), d.completedOn(), d.weight(), d.slipDays(),
					d.version(), d.phaseNumber(), d.nameZh(), d.documentLink(), d.overdue(), d.ownerName());
		}

	}

	record Decision(GateDecision decision, @Schema(nullable = true) String reason, String decidedBy,
			String decidedByName, Instant decidedAt) {

		static Decision of(GateDecisionView g) {
			return new Decision(g.decision(), g.reason(), g.decidedBy(), g.decidedByName(), g.decidedAt());
		}

	}

}
