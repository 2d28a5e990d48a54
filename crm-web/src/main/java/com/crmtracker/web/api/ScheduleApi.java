package com.crmtracker.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.project.BaselineView;
import com.crmtracker.project.Baselines;
import com.crmtracker.project.HistoryEntry;
import com.crmtracker.project.PlanHistory;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.ScheduleComparison;
import com.crmtracker.project.ScheduleComparison.DeliverableDrift;
import com.crmtracker.project.ScheduleComparison.PhaseDrift;
import com.crmtracker.web.support.JsonApi;
import com.crmtracker.web.support.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Baselines of the plan, the drift of the current plan from one, and the plan's history:
 * what the schedule and history pages show, from the same facades.
 */
@Tag(name = "Plan", description = "Phases, deliverables, gates, baselines and the history of the plan")
@JsonApi("/api/v1/projects/{id}")
class ScheduleApi {

	private final Baselines baselines;

	private final PlanHistory history;

	ScheduleApi(Baselines baselines, PlanHistory history) {
		this.baselines = baselines;
		this.history = history;
	}

	@Operation(summary = "The baselines of the plan, newest first, paged")
	@GetMapping("/baselines")
	PageJson<BaselineJson> baselines(ProjectHandle project, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return PageJson.of(this.baselines.list(project).stream().map(BaselineJson::of).toList(), page, size);
	}

	@Operation(summary = "Freeze every planned date under a name (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/baselines")
	ResponseEntity<BaselineJson> saveBaseline(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody NewBaselineJson body) {
		BaselineView saved = this.baselines.save(project, body.name());
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/baselines/" + saved.id() + "/drift"))
			.body(BaselineJson.of(saved));
	}

	@Operation(summary = "The current plan against a baseline: days of drift per phase and deliverable")
	@GetMapping("/baselines/{baselineId}/drift")
	DriftJson drift(ProjectHandle project, @PathVariable long baselineId) {
		return DriftJson.of(this.baselines.compare(project, baselineId));
	}

	@Operation(summary = "Every change to the plan's phases, deliverables and gates, newest first, paged")
	@GetMapping("/history")
	PageJson<HistoryJson> history(ProjectHandle project, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		PageJson.check(page, size);
		return PageJson.of(this.history.of(project).stream().map(HistoryJson::of).toList(), page, size);
	}

	record NewBaselineJson(@Schema(requiredMode = REQUIRED, maxLength = 200) String name) {
	}

	record BaselineJson(long id, String name, String createdBy, Instant createdAt, @Schema(nullable = true,
			description = "The name in Chinese where the application named it in both languages") String nameZh) {

		static BaselineJson of(BaselineView b) {
			return new BaselineJson(b.id(), b.name(), b.createdBy(), b.createdAt(), b.nameZh());
		}

	}

	/** Drift in days: positive is later than the baseline. */
	record DriftJson(BaselineJson baseline, long movedPhases, long movedDeliverables, List<PhaseDriftJson> phases,
			List<DeliverableDriftJson> deliverables) {

		static DriftJson of(ScheduleComparison c) {
			return new DriftJson(BaselineJson.of(c.baseline()), c.movedPhases(), c.movedDeliverables(),
					c.phases().stream().map(PhaseDriftJson::of).toList(),
					c.deliverables().stream().map(DeliverableDriftJson::of).toList());
		}

	}

	record PhaseDriftJson(int number, String name, @Schema(nullable = true) String nameZh,
			@Schema(nullable = true) LocalDate baselineStart, @Schema(nullable = true) LocalDate baselineEnd,
			LocalDate currentStart, LocalDate currentEnd, long startDrift, long endDrift) {

		static PhaseDriftJson of(PhaseDrift p) {
			return new PhaseDriftJson(p.number(), p.nameEn(), p.nameZh(), p.baselineStart(), p.baselineEnd(),
					p.currentStart(), p.currentEnd(), p.startDrift(), p.endDrift());
		}

	}

	record DeliverableDriftJson(long id, int phase, String name, @Schema(nullable = true) String nameZh,
			@Schema(nullable = true, description = "Null for a deliverable added since") LocalDate baselineDue,
			@Schema(nullable = true, description = "Null for a deliverable removed since") LocalDate currentDue,
			long drift, DeliverableDrift.Change change, boolean overdue) {

		static DeliverableDriftJson of(DeliverableDrift d) {
			return new DeliverableDriftJson(d.deliverableId(), d.phaseNumber(), d.name(), d.nameZh(), d.baselineDue(),
					d.currentDue(), d.drift(), d.change(), d.overdue());
		}

	}

	/** One change to the plan: who, when, what, and each field from → to (as text). */
	record HistoryJson(long revision, Instant at, String username, String displayName, HistoryEntry.Subject subject,
			int phase, String name, @Schema(nullable = true) String nameZh, HistoryEntry.Action action,
			List<ChangeJson> changes) {

		static HistoryJson of(HistoryEntry e) {
			return new HistoryJson(e.revision(), e.at(), e.username(), e.displayName(), e.subject(), e.phaseNumber(),
					e.nameEn(), e.nameZh(), e.action(),
					e.changes()
						.stream()
						.map(c -> new ChangeJson(c.field(), c.from(), c.to(), c.fromZh(), c.toZh()))
						.toList());
		}

	}

	/**
	 * {@code fromZh} and {@code toZh}: the Chinese of a value that is a template
	 * deliverable's name.
	 */
	record ChangeJson(String field, @Schema(nullable = true) String from, @Schema(nullable = true) String to,
			@Schema(nullable = true) String fromZh, @Schema(nullable = true) String toZh) {
	}

}
