package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.PhaseDates;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.support.JsonApi;
import com.crmtracker.web.support.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Phases, deliverables and gates of a project. A PATCH changes only the fields it sends
 * (an explicit null clears an optional date) and must send the version it read.
 */
@Tag(name = "Plan", description = "Phases, deliverables, gates, baselines and the history of the plan")
@JsonApi("/api/v1/projects/{id}")
class PlanApi {

	static final String OWNER = "The user name of a member of the project (422 otherwise); "
			+ "the owner a deliverable has may be sent back unchanged even when no longer a member";

	private final ProjectPlans plans;

	private final PhaseGates gates;

	PlanApi(ProjectPlans plans, PhaseGates gates) {
		this.plans = plans;
		this.gates = gates;
	}

	@Operation(summary = "The phases of the plan with their deliverables and decisions")
	@GetMapping("/phases")
	List<PlanJson.Phase> phases(ProjectHandle project) {
		return this.plans.plan(project).phases().stream().map(PlanJson.Phase::of).toList();
	}

	@Operation(summary = "Change a phase's dates (its DIRECTOR), with the version read")
	@PatchMapping("/phases/{number}")
	PlanJson.Phase updatePhase(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PhasePatch.class))) Map<String, Object> body) {
		PhaseView current = phase(this.plans.plan(project), number);
		Patch patch = new Patch(body);
		long version = patch.version();
		PhaseDates dates = new PhaseDates(patch.date("plannedStart", current.plannedStart()),
				patch.date("plannedEnd", current.plannedEnd()), patch.date("actualStart", current.actualStart()),
				patch.date("actualEnd", current.actualEnd()));
		boolean moveDeliverables = patch.bool("moveDeliverables", true);
		patch.refuseIfInvalid();
		return PlanJson.Phase.of(this.plans.updatePhase(project, number, version, dates, moveDeliverables));
	}

	@Operation(summary = "Add a deliverable to a phase (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/phases/{number}/deliverables")
	ResponseEntity<PlanJson.Deliverable> addDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@PathVariable int number,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewDeliverable.class))) Map<String, Object> body) {
		phase(this.plans.plan(project), number);
		Patch fields = new Patch(body);
		DeliverableDraft draft = new DeliverableDraft(fields.text("name", null), fields.text("owner", null),
				fields.date("dueDate", null), fields.date("completedOn", null), fields.decimal("weight", null),
				fields.text("documentLink", null));
		fields.refuseIfInvalid();
		DeliverableView added = this.plans.addDeliverable(project, number, draft);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/deliverables/" + added.id()))
			.body(PlanJson.Deliverable.of(added));
	}

	@Operation(summary = "Change a deliverable (its DIRECTOR), with the version read")
	@PatchMapping("/deliverables/{deliverableId}")
	PlanJson.Deliverable updateDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@PathVariable long deliverableId,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = DeliverablePatch.class))) Map<String, Object> body) {
		DeliverableView current = this.plans.plan(project).deliverable(deliverableId);
		if (current == null) {
			throw new NotFound("No deliverable " + deliverableId + " in project " + project.value());
		}
		Patch patch = new Patch(body);
		long version = patch.version();
		DeliverableDraft draft = new DeliverableDraft(patch.text("name", current.name()),
				patch.text("owner", current.owner()), patch.date("dueDate", current.dueDate()),
				patch.date("completedOn", current.completedOn()), patch.decimal("weight", current.weight()),
				patch.text("documentLink", current.documentLink()));
		patch.refuseIfInvalid();
		return PlanJson.Deliverable.of(this.plans.updateDeliverable(project, deliverableId, version, draft));
	}

	@Operation(summary = "Delete a deliverable (its DIRECTOR), with the version read")
	@DeleteMapping("/deliverables/{deliverableId}")
	ResponseEntity<Void> deleteDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@PathVariable long deliverableId,
			@Parameter(required = true, description = "The version read",
					schema = @Schema(type = "integer", format = "int64")) @RequestParam(
							required = false) Long version) {
		if (version == null) {
			throw InvalidInput.of("version", "version.required", "must be the version you read");
		}
		this.plans.deleteDeliverable(project, deliverableId, version);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Approve or reject a phase gate (STEERING of the project)")
	@PostMapping("/phases/{number}/gate")
	PlanJson.Phase decideGate(@Requires(ProjectRight.DECIDE_GATES) ProjectHandle project, @PathVariable int number,
			@RequestBody GateJson body) {
		GateDecision decision;
		try {
			decision = body.decision() == null ? null : GateDecision.valueOf(body.decision());
		}
		catch (IllegalArgumentException ex) {
			decision = null;
		}
		if (decision == null) {
			throw InvalidInput.of("decision", "gate.decision.required", "must be APPROVE or REJECT");
		}
		return PlanJson.Phase.of(this.gates.decide(project, number, decision, body.reason()));
	}

	record GateJson(
			@Schema(implementation = GateDecision.class, requiredMode = REQUIRED,
					description = "APPROVE or REJECT (RESUBMIT is the director's, through resubmit)") String decision,
			@Schema(nullable = true, description = "Why, for a rejection") String reason) {
	}

	/**
	 * The fields a PATCH of a phase may send (read as a map: an absent field keeps its
	 * value, an explicit null clears an optional date).
	 */
	record PhasePatch(LocalDate plannedStart, LocalDate plannedEnd, @Schema(nullable = true) LocalDate actualStart,
			@Schema(nullable = true) LocalDate actualEnd, @Schema(requiredMode = REQUIRED) long version) {
	}

	record NewDeliverable(@Schema(requiredMode = REQUIRED) String name,
			@Schema(nullable = true, description = OWNER) String owner,
			@Schema(requiredMode = REQUIRED) LocalDate dueDate, @Schema(nullable = true) LocalDate completedOn,
			@Schema(nullable = true, description = "1 when absent") BigDecimal weight,
			@Schema(nullable = true, format = "uri", description = "An http(s) link") String documentLink) {
	}

	/** The fields a PATCH of a deliverable may send; absent fields keep their value. */
	record DeliverablePatch(String name, @Schema(nullable = true, description = OWNER) String owner, LocalDate dueDate,
			@Schema(nullable = true) LocalDate completedOn, BigDecimal weight,
			@Schema(nullable = true, format = "uri") String documentLink,
			@Schema(requiredMode = REQUIRED) long version) {
	}

	/**
	 * Every phase's gate: its status, whether its director may resubmit it now, and its
	 * record, every decision and resubmission oldest first (at most 20 phases).
	 */
	@GetMapping("/gates")
	PageJson<PlanJson.Gate> gates(ProjectHandle project, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		PageJson.check(page, size);
		return PageJson.of(this.plans.plan(project).phases().stream().map(PlanJson.Gate::of).toList(), page, size);
	}

	/** The director resubmits a rejected phase for its gate: {@code {note}} optional. */
	@PostMapping("/phases/{number}/gate/resubmissions")
	PlanJson.Phase resubmitGate(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			@RequestBody(required = false) Map<String, Object> body) {
		phase(this.plans.plan(project), number);
		Patch fields = new Patch(body == null ? Map.of() : body);
		String note = fields.text("note", null);
		fields.refuseIfInvalid();
		return PlanJson.Phase.of(this.gates.resubmit(project, number, note));
	}

	private static PhaseView phase(ProjectPlan plan, int number) {
		PhaseView phase = plan.phase(number);
		if (phase == null) {
			throw new NotFound("No phase " + number);
		}
		return phase;
	}

	/**
	 * Reads the fields of a JSON body one by one: an absent field keeps the current
	 * value, an explicit null clears it, and every unreadable field is reported at once.
	 */
	private static final class Patch {

		private final Map<String, Object> body;

		private final List<FieldError> errors = new ArrayList<>();

		Patch(Map<String, Object> body) {
			this.body = body == null ? Map.of() : body;
		}

		long version() {
			Object value = this.body.get("version");
			if (value instanceof Number number) {
				return number.longValue();
			}
			this.errors.add(new FieldError("version", "version.required", "must be the version you read", null));
			return -1;
		}

		LocalDate date(String field, LocalDate current) {
			if (!this.body.containsKey(field)) {
				return current;
			}
			Object value = this.body.get(field);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value.toString());
			}
			catch (DateTimeParseException ex) {
				this.errors.add(new FieldError(field, "typeMismatch", "must be a date as YYYY-MM-DD", null));
				return current;
			}
		}

		String text(String field, String current) {
			if (!this.body.containsKey(field)) {
				return current;
			}
			Object value = this.body.get(field);
			return value == null ? null : value.toString();
		}

		BigDecimal decimal(String field, BigDecimal current) {
			if (!this.body.containsKey(field)) {
				return current;
			}
			Object value = this.body.get(field);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value.toString());
			}
			catch (NumberFormatException ex) {
				this.errors.add(new FieldError(field, "typeMismatch", "must be a number", null));
				return current;
			}
		}

		boolean bool(String field, boolean absent) {
			Object value = this.body.get(field);
			if (!this.body.containsKey(field)) {
				return absent;
			}
			if (value instanceof Boolean b) {
				return b;
			}
			this.errors.add(new FieldError(field, "typeMismatch", "must be true or false", null));
			return absent;
		}

		void refuseIfInvalid() {
			if (!this.errors.isEmpty()) {
				throw new InvalidInput(this.errors);
			}
		}

	}

}
