package com.crmtracker.web.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.crmtracker.domain.NotFound;
import com.crmtracker.project.BaselineView;
import com.crmtracker.project.Baselines;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.PlanHistory;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.Projects;
import com.crmtracker.project.ScheduleComparison;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.chart.Charts;
import com.crmtracker.web.support.Requires;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The implementation plan of a project: phases, deliverables, gates and the timeline; the
 * schedule against a baseline; the history of every change. A stale or refused button
 * (complete, reopen, delete) is answered by the 409 or 422 page.
 */
@Controller
class PlanPages {

	private final ProjectPlans plans;

	private final PhaseGates gates;

	private final Baselines baselines;

	private final PlanHistory history;

	private final Projects projects;

	PlanPages(ProjectPlans plans, PhaseGates gates, Baselines baselines, PlanHistory history, Projects projects) {
		this.projects = projects;
		this.plans = plans;
		this.gates = gates;
		this.baselines = baselines;
		this.history = history;
	}

	@GetMapping("/projects/{id}/plan")
	String plan(ProjectHandle project, @RequestParam(required = false) Long baseline, Locale locale, Model model) {
		schedulePage(project, baseline, locale, model);
		model.addAttribute("mayDecide", project.may(ProjectRight.DECIDE_GATES));
		return "plan/plan";
	}

	@GetMapping("/projects/{id}/schedule")
	String schedule(ProjectHandle project, @RequestParam(required = false) Long baseline, Locale locale, Model model) {
		schedulePage(project, baseline, locale, model);
		return "plan/schedule";
	}

	private void schedulePage(ProjectHandle project, Long baseline, Locale locale, Model model) {
		ProjectPlan plan = this.plans.plan(project);
		List<BaselineView> saved = this.baselines.list(project);
		ScheduleComparison comparison = baseline != null ? this.baselines.compare(project, baseline)
				: saved.isEmpty() ? null : this.baselines.compare(project, saved.get(0).id());
		model.addAttribute("project", project.project());
		model.addAttribute("plan", plan);
		model.addAttribute("baselines", saved);
		model.addAttribute("comparison", comparison);
		model.addAttribute("timeline", Charts.timeline(plan, comparison, locale));
		model.addAttribute("mayEdit", project.may(ProjectRight.EDIT_PLAN));
	}

	@GetMapping("/projects/{id}/plan/phases/{number}/edit")
	String editPhase(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number, Model model) {
		PhaseView phase = phase(this.plans.plan(project), number);
		model.addAttribute("phaseForm", PhaseForm.of(phase));
		return phaseForm(project, phase, model);
	}

	@PostMapping("/projects/{id}/plan/phases/{number}/edit")
	String updatePhase(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			@Valid @ModelAttribute("phaseForm") PhaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PhaseView read = phase(this.plans.plan(project), number);
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.save(f -> this.plans.updatePhase(project, number, f.version(), f.dates(), f.movesDeliverables()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "plan.phase.saved");
			return "redirect:/projects/" + project.value() + "/plan#phase-" + number;
		}
		PhaseView current = outcome == Forms.Outcome.STALE ? phase(this.plans.plan(project), number) : read;
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("conflict", current);
		}
		return phaseForm(project, current, model);
	}

	private String phaseForm(ProjectHandle project, PhaseView phase, Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("phase", phase);
		return "plan/phase-form";
	}

	@GetMapping("/projects/{id}/plan/phases/{number}/deliverables/new")
	String newDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			Model model) {
		PhaseView phase = phase(this.plans.plan(project), number);
		model.addAttribute("deliverableForm", DeliverableForm.due(phase.plannedEnd()));
		return deliverableForm(project, phase, null, model);
	}

	@PostMapping("/projects/{id}/plan/phases/{number}/deliverables/new")
	String addDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			@Valid @ModelAttribute("deliverableForm") DeliverableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PhaseView phase = phase(this.plans.plan(project), number);
		if (Forms.bind(form, result, model).save(f -> this.plans.addDeliverable(project, number, f.draft())).saved()) {
			redirect.addFlashAttribute("saved", "plan.deliverable.added");
			return "redirect:/projects/" + project.value() + "/plan#phase-" + number;
		}
		return deliverableForm(project, phase, null, model);
	}

	@GetMapping("/projects/{id}/plan/deliverables/{deliverableId}/edit")
	String editDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long deliverableId,
			Locale locale, Model model) {
		ProjectPlan plan = this.plans.plan(project);
		DeliverableView deliverable = deliverable(plan, deliverableId);
		model.addAttribute("deliverableForm", DeliverableForm.of(deliverable, locale));
		return deliverableForm(project, plan.phase(deliverable.phaseNumber()), deliverable, model);
	}

	@PostMapping("/projects/{id}/plan/deliverables/{deliverableId}/edit")
	String updateDeliverable(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long deliverableId,
			@Valid @ModelAttribute("deliverableForm") DeliverableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DeliverableView read = deliverable(this.plans.plan(project), deliverableId);
		Forms.Bound<DeliverableForm> bound = Forms.bind(form, result, model);
		if (form.version() == null) {
			bound.result().rejectValue("version", "NotNull");
		}
		Forms.Outcome outcome = bound
			.save(f -> this.plans.updateDeliverable(project, deliverableId, f.version(), f.draft()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "plan.deliverable.saved");
			return "redirect:/projects/" + project.value() + "/plan#phase-" + read.phaseNumber();
		}
		ProjectPlan plan = this.plans.plan(project);
		DeliverableView current = deliverable(plan, deliverableId);
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("conflict", current);
		}
		return deliverableForm(project, plan.phase(current.phaseNumber()), current, model);
	}

	/**
	 * Complete, reopen or delete from the plan page. Someone else's change in between is
	 * answered by the 409 page, like a deliverable whose phase is closed.
	 */
	@PostMapping("/projects/{id}/plan/deliverables/{deliverableId}/{action:complete|reopen|delete}")
	String deliverableAction(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long deliverableId,
			@PathVariable String action, @RequestParam long version,
			@RequestParam(required = false) LocalDate completedOn, RedirectAttributes redirect) {
		DeliverableView deliverable = deliverable(this.plans.plan(project), deliverableId);
		switch (action) {
			case "complete" -> this.plans.complete(project, deliverableId, version, completedOn);
			case "reopen" -> this.plans.reopen(project, deliverableId, version);
			default -> this.plans.deleteDeliverable(project, deliverableId, version);
		}
		redirect.addFlashAttribute("saved", switch (action) {
			case "complete" -> "plan.deliverable.completed";
			case "reopen" -> "plan.deliverable.reopened";
			default -> "plan.deliverable.deleted";
		});
		if ("delete".equals(action)) {
			// the message with its undo button where the eye is
			redirect.addFlashAttribute("undo",
					"/projects/" + project.value() + "/plan/deliverables/" + deliverableId + "/undo-delete");
			return "redirect:/projects/" + project.value() + "/plan#flash";
		}
		return "redirect:/projects/" + project.value() + "/plan#phase-" + deliverable.phaseNumber();
	}

	/** What a deletion would remove, asked before it happens; works without a script. */
	@GetMapping("/projects/{id}/plan/deliverables/{deliverableId}/delete")
	String confirmDelete(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long deliverableId,
			Model model) {
		ProjectPlan plan = this.plans.plan(project);
		DeliverableView deliverable = deliverable(plan, deliverableId);
		model.addAttribute("project", project.project());
		model.addAttribute("phase", plan.phase(deliverable.phaseNumber()));
		model.addAttribute("deliverable", deliverable);
		return "plan/delete-deliverable";
	}

	/**
	 * Puts a deliverable deleted a few minutes ago back; later, the 409 page says why
	 * not.
	 */
	@PostMapping("/projects/{id}/plan/deliverables/{deliverableId}/undo-delete")
	String undoDelete(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long deliverableId,
			RedirectAttributes redirect) {
		DeliverableView back = this.plans.undoDeleteDeliverable(project, deliverableId);
		redirect.addFlashAttribute("saved", "plan.deliverable.restored");
		return "redirect:/projects/" + project.value() + "/plan#phase-" + back.phaseNumber();
	}

	private String deliverableForm(ProjectHandle project, PhaseView phase, DeliverableView deliverable, Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("phase", phase);
		model.addAttribute("deliverable", deliverable);
		model.addAttribute("owners", OwnerChoice.of(this.projects.organisation(project).people(), deliverable));
		return "plan/deliverable-form";
	}

	/**
	 * A gate decision from the plan, project or dashboard page; what is refused is shown
	 * above the gates after the redirect, every problem at once.
	 */
	@PostMapping("/projects/{id}/plan/phases/{number}/gate")
	String decideGate(@Requires(ProjectRight.DECIDE_GATES) ProjectHandle project, @PathVariable int number,
			@Valid @ModelAttribute("gateForm") GateForm form, BindingResult result,
			@RequestParam(required = false) String from, Model model, RedirectAttributes redirect) {
		Forms.Bound<GateForm> bound = Forms.bind(form, result, model);
		if (bound.save(f -> this.gates.decide(project, number, f.decision(), f.reason())).saved()) {
			redirect.addFlashAttribute("saved",
					form.decision() == GateDecision.APPROVE ? "gate.approved" : "gate.rejected");
		}
		else {
			redirect.addFlashAttribute("planErrors", problems(bound.result(),
					Map.of("decision", "gate.decision.required", "reason", "gate.reason.tooLong")));
		}
		return switch (from == null ? "" : from) {
			case "project" -> "redirect:/projects/" + project.value() + "#gates";
			case "dashboard" -> "redirect:/projects/" + project.value() + "/dashboard#gates";
			case "gate" -> "redirect:/projects/" + project.value() + "/plan/phases/" + number + "/gate";
			default -> "redirect:/projects/" + project.value() + "/plan#phase-" + number;
		};
	}

	/**
	 * The director resubmits a rejected phase for its gate, with an optional note; what
	 * is refused is shown after the redirect.
	 */
	@PostMapping("/projects/{id}/plan/phases/{number}/gate/resubmit")
	String resubmitGate(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable int number,
			@Valid @ModelAttribute("resubmitForm") ResubmitForm form, BindingResult result,
			@RequestParam(required = false) String from, Model model, RedirectAttributes redirect) {
		Forms.Bound<ResubmitForm> bound = Forms.bind(form, result, model);
		if (bound.save(f -> this.gates.resubmit(project, number, f.note())).saved()) {
			redirect.addFlashAttribute("saved", "gate.resubmitted");
		}
		else {
			redirect.addFlashAttribute("planErrors", problems(bound.result(), Map.of("note", "gate.note.tooLong")));
		}
		return "gate".equals(from) ? "redirect:/projects/" + project.value() + "/plan/phases/" + number + "/gate"
				: "redirect:/projects/" + project.value() + "/plan#phase-" + number;
	}

	@PostMapping("/projects/{id}/baselines")
	String saveBaseline(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("baselineForm") BaselineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BaselineView[] saved = new BaselineView[1];
		Forms.Bound<BaselineForm> bound = Forms.bind(form, result, model);
		if (bound.save(f -> saved[0] = this.baselines.save(project, f.name())).saved()) {
			redirect.addFlashAttribute("saved", "baseline.saved");
			return "redirect:/projects/" + project.value() + "/schedule?baseline=" + saved[0].id();
		}
		redirect.addFlashAttribute("planErrors", problems(bound.result(), Map.of("name", "baseline.name.required")));
		redirect.addFlashAttribute("baselineName", form.name());
		return "redirect:/projects/" + project.value() + "/schedule";
	}

	@GetMapping("/projects/{id}/history")
	String history(ProjectHandle project, Model model) {
		model.addAttribute("entries", this.history.of(project));
		model.addAttribute("project", project.project());
		return "plan/history";
	}

	/**
	 * The message codes of a refused button form: the domain's own codes, or for a field
	 * the form itself refused (empty, too long, not a value) the given code of the field.
	 */
	static List<String> problems(BindingResult result, Map<String, String> byField) {
		return result.getAllErrors().stream().map(error -> {
			String code = error.getCode();
			if (error instanceof FieldError field && (code == null || !code.contains("."))) {
				return byField.getOrDefault(field.getField(), "error.422.text");
			}
			return code == null ? "error.422.text" : code;
		}).distinct().toList();
	}

	private static PhaseView phase(ProjectPlan plan, int number) {
		PhaseView phase = plan.phase(number);
		if (phase == null) {
			throw new NotFound("No phase " + number);
		}
		return phase;
	}

	private static DeliverableView deliverable(ProjectPlan plan, long id) {
		DeliverableView deliverable = plan.deliverable(id);
		if (deliverable == null) {
			throw new NotFound("No deliverable " + id);
		}
		return deliverable;
	}

}
