package com.crmtracker.web.projects;

import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.Membership;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.project.TemplateView;
import com.crmtracker.users.UserDirectory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project list, a project's overview and organisation, and the project form. */
@Controller
class ProjectPages {

	private final Projects projects;

	private final UserDirectory users;

	private final PhaseGates gates;

	private final MethodologyTemplates templates;

	ProjectPages(Projects projects, UserDirectory users, PhaseGates gates, MethodologyTemplates templates) {
		this.projects = projects;
		this.users = users;
		this.gates = gates;
		this.templates = templates;
	}

	@ModelAttribute("statuses")
	ProjectStatus[] statuses() {
		return ProjectStatus.values();
	}

	@ModelAttribute("templates")
	List<TemplateView> templates() {
		return this.templates.all();
	}

	@GetMapping("/projects")
	String list(Actor actor, Model model) {
		model.addAttribute("projects", this.projects.visibleTo(actor));
		model.addAttribute("mayCreate", actor.has(Role.ADMIN) || actor.has(Role.DIRECTOR));
		return "projects/list";
	}

	@GetMapping("/projects/new")
	String newProject(Actor actor, Model model) {
		model.addAttribute("projectForm", ProjectForm.empty());
		return "projects/form";
	}

	@PostMapping("/projects/new")
	String create(Actor actor, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectSummary[] created = new ProjectSummary[1];
		if (Forms.bind(form, result, model)
			.save(f -> created[0] = this.projects.create(actor, f.draft(), f.template()))
			.saved()) {
			redirect.addFlashAttribute("saved", "project.created");
			return "redirect:/projects/" + created[0].id();
		}
		return "projects/form";
	}

	@GetMapping("/projects/{id}")
	String show(ProjectHandle project, Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("organisation", this.projects.organisation(project));
		boolean mayEdit = project.may(ProjectRight.ADMINISTER);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		model.addAttribute("memberships", Membership.values());
		model.addAttribute("functionalGroups", FunctionalGroup.values());
		model.addAttribute("users", this.users.all());
		model.addAttribute("awaitingGates", this.gates.awaiting(project));
		model.addAttribute("mayDecideGates", project.may(ProjectRight.DECIDE_GATES));
		return "projects/show";
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@Requires(ProjectRight.ADMINISTER) ProjectHandle project, Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("projectForm", ProjectForm.of(project.project()));
		return "projects/form";
	}

	@PostMapping("/projects/{id}/edit")
	String update(@Requires(ProjectRight.ADMINISTER) ProjectHandle project,
			@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("project", project.project());
		Forms.Bound<ProjectForm> bound = Forms.bind(form, result, model);
		if (form.version() == null) {
			bound.result().rejectValue("version", "NotNull");
		}
		Forms.Outcome outcome = bound.save(f -> this.projects.update(project, f.version(), f.draft()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "project.saved");
			return "redirect:/projects/" + project.value();
		}
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("conflict", this.projects.current(project));
		}
		return "projects/form";
	}

	@PostMapping("/projects/{id}/members")
	String addMember(@Requires(ProjectRight.ADMINISTER) ProjectHandle project,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model).save(f -> this.projects.addMember(project, f.member())).saved()) {
			redirect.addFlashAttribute("saved", "member.added");
			return "redirect:/projects/" + project.value() + "#organisation";
		}
		return show(project, model);
	}

	@PostMapping("/projects/{id}/members/{memberId}/remove")
	String removeMember(@Requires(ProjectRight.ADMINISTER) ProjectHandle project, @PathVariable long memberId,
			RedirectAttributes redirect) {
		this.projects.removeMember(project, memberId);
		redirect.addFlashAttribute("saved", "member.removed");
		return "redirect:/projects/" + project.value() + "#organisation";
	}

}
