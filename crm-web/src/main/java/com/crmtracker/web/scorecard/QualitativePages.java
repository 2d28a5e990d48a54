package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.web.support.Forms;

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
 * Qualitative indicators, their grades, and the fuzzy comprehensive evaluation with its
 * membership matrix.
 */
@Controller
class QualitativePages {

	private final QualitativeEvaluation qualitative;

	private final Projects projects;

	private final ProjectAccess access;

	QualitativePages(QualitativeEvaluation qualitative, Projects projects, ProjectAccess access) {
		this.qualitative = qualitative;
		this.projects = projects;
		this.access = access;
	}

	@GetMapping("/projects/{id}/scorecard/qualitative")
	String show(Actor actor, @PathVariable long id, Model model) {
		ProjectId project = new ProjectId(id);
		model.addAttribute("evaluation", this.qualitative.evaluation(actor, project));
		model.addAttribute("project", this.projects.get(actor, project));
		boolean mayEdit = this.access.directs(actor, project);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("mayGrade", mayEdit || this.access.sitsOnCommittee(actor, project));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("perspectives", Perspective.values());
		if (mayEdit && !model.containsAttribute("indicatorForm")) {
			model.addAttribute("indicatorForm", new IndicatorForm());
		}
		return "scorecard/qualitative";
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators")
	String add(Actor actor, @PathVariable long id, @ModelAttribute("indicatorForm") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				this.qualitative.addIndicator(actor, project, form.draft());
				redirect.addFlashAttribute("saved", "scorecard.indicator.added");
				return "redirect:/projects/" + id + "/scorecard/qualitative";
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
		}
		return show(actor, id, model);
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators/{indicatorId}/grade")
	String grade(Actor actor, @PathVariable long id, @PathVariable long indicatorId, @RequestParam Grade grade,
			RedirectAttributes redirect) {
		this.qualitative.grade(actor, new ProjectId(id), indicatorId, grade);
		redirect.addFlashAttribute("saved", "scorecard.grade.saved");
		return "redirect:/projects/" + id + "/scorecard/qualitative#indicator-" + indicatorId;
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators/{indicatorId}/remove")
	String remove(Actor actor, @PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		this.qualitative.removeIndicator(actor, new ProjectId(id), indicatorId);
		redirect.addFlashAttribute("saved", "scorecard.indicator.removed");
		return "redirect:/projects/" + id + "/scorecard/qualitative";
	}

	/** A new qualitative indicator. */
	public static class IndicatorForm {

		private Perspective perspective = Perspective.LEARNING_GROWTH;

		private String name;

		private String description;

		private BigDecimal weight = BigDecimal.ONE;

		IndicatorDraft draft() {
			return new IndicatorDraft(this.perspective, this.name, this.description, this.weight);
		}

		public Perspective getPerspective() {
			return this.perspective;
		}

		public void setPerspective(Perspective perspective) {
			this.perspective = perspective;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public BigDecimal getWeight() {
			return this.weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

	}

}
