package com.crmtracker.web.plan;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.TemplateView;
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
 * Methodology templates for admins: the shipped ones to read and copy, copies to edit.
 * Editing a template never changes existing projects.
 */
@Controller
class TemplatePages {

	private final MethodologyTemplates templates;

	TemplatePages(MethodologyTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/admin/templates")
	String list(Model model) {
		model.addAttribute("templates", this.templates.all());
		return "plan/templates";
	}

	@GetMapping("/admin/templates/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("template", this.templates.get(code));
		return "plan/template";
	}

	@PostMapping("/admin/templates/{code}/copy")
	String copy(Actor actor, @PathVariable String code, @RequestParam(required = false) String newCode,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameZh, Model model,
			RedirectAttributes redirect) {
		try {
			TemplateView copy = this.templates.copy(actor, code, newCode, nameEn, nameZh);
			redirect.addFlashAttribute("saved", "template.copied");
			return "redirect:/admin/templates/" + copy.code() + "/edit";
		}
		catch (InvalidInput refusal) {
			model.addAttribute("template", this.templates.get(code));
			model.addAttribute("copyErrors", refusal.errors().stream().map(InvalidInput.FieldError::code).toList());
			model.addAttribute("newCode", newCode);
			model.addAttribute("nameEn", nameEn);
			model.addAttribute("nameZh", nameZh);
			return "plan/template";
		}
	}

	@GetMapping("/admin/templates/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		TemplateView template = this.templates.get(code);
		if (template.builtin()) {
			return "redirect:/admin/templates/" + code;
		}
		model.addAttribute("template", template);
		model.addAttribute("templateForm", TemplateForm.of(template));
		return "plan/template-form";
	}

	@PostMapping("/admin/templates/{code}/edit")
	String update(Actor actor, @PathVariable String code, @ModelAttribute("templateForm") TemplateForm form,
			BindingResult result, @RequestParam(required = false) String addPhase, Model model,
			RedirectAttributes redirect) {
		TemplateView template = this.templates.get(code);
		model.addAttribute("template", template);
		if (addPhase != null) {
			form.getPhases().add(new TemplateForm.PhaseRow());
			return "plan/template-form";
		}
		if (result.hasErrors()) {
			return "plan/template-form";
		}
		try {
			this.templates.update(actor, code, form.getVersion(), form.getNameEn(), form.getNameZh(),
					form.phaseViews());
			redirect.addFlashAttribute("saved", "template.saved");
			return "redirect:/admin/templates/" + code;
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (Conflict clash) {
			result.reject(clash.code(), clash.getMessage());
		}
		catch (StaleVersion stale) {
			model.addAttribute("conflict", template);
			form.setVersion(template.version());
			result.reject("conflict.stale");
		}
		return "plan/template-form";
	}

}
