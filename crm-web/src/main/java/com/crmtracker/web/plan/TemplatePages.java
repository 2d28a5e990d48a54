package com.crmtracker.web.plan;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.TemplateView;
import com.crmtracker.web.support.Forms;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
		if (!model.containsAttribute("copyForm")) {
			model.addAttribute("copyForm", TemplateCopyForm.empty());
		}
		return "plan/template";
	}

	@PostMapping("/admin/templates/{code}/copy")
	String copy(Actor actor, @PathVariable String code, @Valid @ModelAttribute("copyForm") TemplateCopyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TemplateView[] copy = new TemplateView[1];
		if (Forms.bind(form, result, model)
			.save(f -> copy[0] = this.templates.copy(actor, code, f.newCode(), f.nameEn(), f.nameZh()))
			.saved()) {
			redirect.addFlashAttribute("saved", "template.copied");
			return "redirect:/admin/templates/" + copy[0].code() + "/edit";
		}
		return show(code, model);
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
	String update(Actor actor, @PathVariable String code, @Valid @ModelAttribute("templateForm") TemplateForm form,
			BindingResult result, @RequestParam(required = false) String addPhase, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("template", this.templates.get(code));
		if (addPhase != null) {
			// the form as typed, one phase longer, without complaints about what is
			// unfinished
			TemplateForm longer = form.withNewPhase();
			model.addAttribute("templateForm", longer);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "templateForm",
					new BeanPropertyBindingResult(longer, "templateForm"));
			return "plan/template-form";
		}
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.save(f -> this.templates.update(actor, code, f.version(), f.nameEn(), f.nameZh(), f.phaseViews()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "template.saved");
			return "redirect:/admin/templates/" + code;
		}
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("conflict", this.templates.get(code));
		}
		return "plan/template-form";
	}

}
