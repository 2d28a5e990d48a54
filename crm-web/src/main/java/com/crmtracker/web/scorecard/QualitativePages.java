package com.crmtracker.web.scorecard;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.support.Requires;
import jakarta.validation.Valid;

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

	QualitativePages(QualitativeEvaluation qualitative) {
		this.qualitative = qualitative;
	}

	@GetMapping("/projects/{id}/scorecard/qualitative")
	String show(ProjectHandle project, Model model) {
		model.addAttribute("evaluation", this.qualitative.evaluation(project));
		model.addAttribute("project", project.project());
		boolean mayEdit = project.may(ProjectRight.EDIT_PLAN);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("mayGrade", Rankings.isExpert(project));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("perspectives", Perspective.values());
		if (mayEdit && !model.containsAttribute("indicatorForm")) {
			model.addAttribute("indicatorForm", IndicatorCommand.empty());
		}
		return "scorecard/qualitative";
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators")
	String add(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("indicatorForm") IndicatorCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model)
			.rules(f -> this.qualitative.check(f.draft()))
			.save(f -> this.qualitative.addIndicator(project, f.draft()))
			.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.indicator.added");
			return "redirect:/projects/" + project.value() + "/scorecard/qualitative";
		}
		return show(project, model);
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators/{indicatorId}/grade")
	String grade(ProjectHandle project, @PathVariable long indicatorId, @RequestParam Grade grade,
			RedirectAttributes redirect) {
		this.qualitative.grade(project, indicatorId, grade);
		redirect.addFlashAttribute("saved", "scorecard.grade.saved");
		return "redirect:/projects/" + project.value() + "/scorecard/qualitative#indicator-" + indicatorId;
	}

	@PostMapping("/projects/{id}/scorecard/qualitative/indicators/{indicatorId}/remove")
	String remove(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long indicatorId,
			RedirectAttributes redirect) {
		this.qualitative.removeIndicator(project, indicatorId);
		redirect.addFlashAttribute("saved", "scorecard.indicator.removed");
		return "redirect:/projects/" + project.value() + "/scorecard/qualitative";
	}

}
