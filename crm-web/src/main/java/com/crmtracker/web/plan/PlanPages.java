package com.crmtracker.web.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.BaselineView;
import com.crmtracker.project.Baselines;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.PlanHistory;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.Projects;
import com.crmtracker.project.ScheduleComparison;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.chart.Charts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The implementation plan of a project: phases, deliverables, gates and the timeline; the
 * schedule against a baseline; the history of every change.
 */
@Controller
class PlanPages {

	private final Projects projects;

	private final ProjectPlans plans;

	private final PhaseGates gates;

	private final Baselines baselines;

	private final PlanHistory history;

	private final ProjectAccess access;

	PlanPages(Projects projects, ProjectPlans plans, PhaseGates gates, Baselines baselines, PlanHistory history,
			ProjectAccess access) {
		this.projects = projects;
		this.plans = plans;
		this.gates = gates;
		this.baselines = baselines;
		this.history = history;
		this.access = access;
	}

	@GetMapping("/projects/{id}/plan")
	String plan(Actor actor, @PathVariable long id, @RequestParam(required = false) Long baseline, Locale locale,
			Model model) {
		ProjectId project = new ProjectId(id);
		ProjectPlan plan = this.plans.plan(actor, project);
		List<BaselineView> saved = this.baselines.list(actor, project);
		ScheduleComparison comparison = chosen(actor, project, baseline, saved);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("plan", plan);
		model.addAttribute("baselines", saved);
		model.addAttribute("comparison", comparison);
		model.addAttribute("timeline", Charts.timeline(plan, comparison, locale));
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, project));
		model.addAttribute("mayDecide", this.gates.mayDecide(actor, project));
		return "plan/plan";
	}

	private ScheduleComparison chosen(Actor actor, ProjectId project, Long baseline, List<BaselineView> saved) {
		if (baseline != null) {
			return this.baselines.compare(actor, project, baseline);
		}
		return saved.isEmpty() ? null : this.baselines.compare(actor, project, saved.get(0).id());
	}

	@GetMapping("/projects/{id}/plan/phases/{number}/edit")
	String editPhase(Actor actor, @PathVariable long id, @PathVariable int number, Locale locale, Model model) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		PhaseView phase = phase(this.plans.plan(actor, project), number);
		model.addAttribute("phaseForm", PhaseForm.of(phase));
		return phaseForm(actor, project, phase, model);
	}

	@PostMapping("/projects/{id}/plan/phases/{number}/edit")
	String updatePhase(Actor actor, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("phaseForm") PhaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		PhaseView phase = phase(this.plans.plan(actor, project), number);
		if (result.hasErrors()) {
			return phaseForm(actor, project, phase, model);
		}
		try {
			this.plans.updatePhase(actor, project, number, form.getVersion(), form.dates());
			redirect.addFlashAttribute("saved", "plan.phase.saved");
			return "redirect:/projects/" + id + "/plan#phase-" + number;
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (StaleVersion stale) {
			model.addAttribute("conflict", phase);
			form.setVersion(phase.version());
			result.reject("conflict.stale");
		}
		return phaseForm(actor, project, phase, model);
	}

	private String phaseForm(Actor actor, ProjectId project, PhaseView phase, Model model) {
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("phase", phase);
		return "plan/phase-form";
	}

	@GetMapping("/projects/{id}/plan/phases/{number}/deliverables/new")
	String newDeliverable(Actor actor, @PathVariable long id, @PathVariable int number, Model model) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		PhaseView phase = phase(this.plans.plan(actor, project), number);
		DeliverableForm form = new DeliverableForm();
		form.setDueDate(phase.plannedEnd());
		model.addAttribute("deliverableForm", form);
		return deliverableForm(actor, project, phase, null, model);
	}

	@PostMapping("/projects/{id}/plan/phases/{number}/deliverables/new")
	String addDeliverable(Actor actor, @PathVariable long id, @PathVariable int number,
			@ModelAttribute("deliverableForm") DeliverableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		PhaseView phase = phase(this.plans.plan(actor, project), number);
		if (!result.hasErrors()) {
			try {
				this.plans.addDeliverable(actor, project, number, form.draft());
				redirect.addFlashAttribute("saved", "plan.deliverable.added");
				return "redirect:/projects/" + id + "/plan#phase-" + number;
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
			catch (Conflict clash) {
				result.reject(clash.code(), clash.getMessage());
			}
		}
		return deliverableForm(actor, project, phase, null, model);
	}

	@GetMapping("/projects/{id}/plan/deliverables/{deliverableId}/edit")
	String editDeliverable(Actor actor, @PathVariable long id, @PathVariable long deliverableId, Locale locale,
			Model model) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		ProjectPlan plan = this.plans.plan(actor, project);
		DeliverableView deliverable = deliverable(plan, deliverableId);
		model.addAttribute("deliverableForm", DeliverableForm.of(deliverable, locale));
		return deliverableForm(actor, project, plan.phase(deliverable.phaseNumber()), deliverable, model);
	}

	@PostMapping("/projects/{id}/plan/deliverables/{deliverableId}/edit")
	String updateDeliverable(Actor actor, @PathVariable long id, @PathVariable long deliverableId,
			@ModelAttribute("deliverableForm") DeliverableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		ProjectPlan plan = this.plans.plan(actor, project);
		DeliverableView deliverable = deliverable(plan, deliverableId);
		if (!result.hasErrors()) {
			try {
				this.plans.updateDeliverable(actor, project, deliverableId, form.getVersion(), form.draft());
				redirect.addFlashAttribute("saved", "plan.deliverable.saved");
				return "redirect:/projects/" + id + "/plan#phase-" + deliverable.phaseNumber();
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
			catch (Conflict clash) {
				result.reject(clash.code(), clash.getMessage());
			}
			catch (StaleVersion stale) {
				stale(model, result, form, deliverable);
			}
		}
		return deliverableForm(actor, project, plan.phase(deliverable.phaseNumber()), deliverable, model);
	}

	/** Complete, reopen or delete from the plan page; a stale version shows the form. */
	@PostMapping("/projects/{id}/plan/deliverables/{deliverableId}/{action:complete|reopen|delete}")
	String deliverableAction(Actor actor, @PathVariable long id, @PathVariable long deliverableId,
			@PathVariable String action, @RequestParam long version,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate completedOn,
			Locale locale, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		ProjectPlan plan = this.plans.plan(actor, project);
		DeliverableView deliverable = deliverable(plan, deliverableId);
		try {
			switch (action) {
				case "complete" -> this.plans.complete(actor, project, deliverableId, version, completedOn);
				case "reopen" -> this.plans.reopen(actor, project, deliverableId, version);
				default -> this.plans.deleteDeliverable(actor, project, deliverableId, version);
			}
			redirect.addFlashAttribute("saved", switch (action) {
				case "complete" -> "plan.deliverable.completed";
				case "reopen" -> "plan.deliverable.reopened";
				default -> "plan.deliverable.deleted";
			});
		}
		catch (StaleVersion stale) {
			DeliverableForm form = DeliverableForm.of(deliverable, locale);
			model.addAttribute("deliverableForm", form);
			BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form,
					"deliverableForm");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "deliverableForm", result);
			stale(model, result, form, deliverable);
			return deliverableForm(actor, project, plan.phase(deliverable.phaseNumber()), deliverable, model);
		}
		catch (Conflict | InvalidInput refusal) {
			redirect.addFlashAttribute("planError",
					refusal instanceof Conflict c ? c.code() : ((InvalidInput) refusal).errors().get(0).code());
		}
		return "redirect:/projects/" + id + "/plan#phase-" + deliverable.phaseNumber();
	}

	private static void stale(Model model, BindingResult result, DeliverableForm form, DeliverableView current) {
		model.addAttribute("conflict", current);
		form.setVersion(current.version());
		result.reject("conflict.stale");
	}

	private String deliverableForm(Actor actor, ProjectId project, PhaseView phase, DeliverableView deliverable,
			Model model) {
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("phase", phase);
		model.addAttribute("deliverable", deliverable);
		return "plan/deliverable-form";
	}

	@PostMapping("/projects/{id}/plan/phases/{number}/gate")
	String decideGate(Actor actor, @PathVariable long id, @PathVariable int number, @RequestParam String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String from,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireSteering(actor, project);
		String back = switch (from == null ? "" : from) {
			case "project" -> "redirect:/projects/" + id + "#gates";
			case "dashboard" -> "redirect:/projects/" + id + "/dashboard#gates";
			default -> "redirect:/projects/" + id + "/plan#phase-" + number;
		};
		GateDecision choice;
		try {
			choice = GateDecision.valueOf(decision);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("planError", "gate.decision.required");
			return back;
		}
		try {
			this.gates.decide(actor, project, number, choice, reason);
			redirect.addFlashAttribute("saved", choice == GateDecision.APPROVE ? "gate.approved" : "gate.rejected");
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("planError", refusal.errors().get(0).code());
			redirect.addFlashAttribute("gateReasonPhase", number);
		}
		catch (Conflict clash) {
			redirect.addFlashAttribute("planError", clash.code());
		}
		return back;
	}

	@PostMapping("/projects/{id}/baselines")
	String saveBaseline(Actor actor, @PathVariable long id, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		try {
			BaselineView saved = this.baselines.save(actor, project, name);
			redirect.addFlashAttribute("saved", "baseline.saved");
			return "redirect:/projects/" + id + "/schedule?baseline=" + saved.id();
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("planError", refusal.errors().get(0).code());
			redirect.addFlashAttribute("baselineName", name);
			return "redirect:/projects/" + id + "/schedule";
		}
	}

	@GetMapping("/projects/{id}/schedule")
	String schedule(Actor actor, @PathVariable long id, @RequestParam(required = false) Long baseline, Locale locale,
			Model model) {
		ProjectId project = new ProjectId(id);
		ProjectPlan plan = this.plans.plan(actor, project);
		List<BaselineView> saved = this.baselines.list(actor, project);
		ScheduleComparison comparison = chosen(actor, project, baseline, saved);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("plan", plan);
		model.addAttribute("baselines", saved);
		model.addAttribute("comparison", comparison);
		model.addAttribute("timeline", Charts.timeline(plan, comparison, locale));
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, project));
		return "plan/schedule";
	}

	@GetMapping("/projects/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		ProjectId project = new ProjectId(id);
		model.addAttribute("entries", this.history.of(actor, project));
		model.addAttribute("project", this.projects.get(actor, project));
		return "plan/history";
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
