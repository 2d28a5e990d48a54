package com.crmtracker.web.projects;

import java.util.Arrays;
import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.Membership;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.project.TemplateView;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.support.Forms;
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

	private final ProjectAccess access;

	private final UserDirectory users;

	private final PhaseGates gates;

	private final MethodologyTemplates templates;

	ProjectPages(Projects projects, ProjectAccess access, UserDirectory users, PhaseGates gates,
			MethodologyTemplates templates) {
		this.projects = projects;
		this.access = access;
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
		requireCreator(actor);
		model.addAttribute("projectForm", new ProjectForm());
		return "projects/form";
	}

	@PostMapping("/projects/new")
	String create(Actor actor, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			RedirectAttributes redirect) {
		requireCreator(actor);
		if (result.hasErrors()) {
			return "projects/form";
		}
		try {
			ProjectSummary created = this.projects.create(actor, form.draft(), form.getTemplate());
			redirect.addFlashAttribute("saved", "project.created");
			return "redirect:/projects/" + created.id();
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
			return "projects/form";
		}
	}

	@GetMapping("/projects/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ProjectId projectId = new ProjectId(id);
		model.addAttribute("project", this.projects.get(actor, projectId));
		model.addAttribute("organisation", this.projects.organisation(actor, projectId));
		boolean mayEdit = actor.has(Role.ADMIN) || this.access.directs(actor, projectId);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		model.addAttribute("memberships", Membership.values());
		model.addAttribute("functionalGroups", FunctionalGroup.values());
		model.addAttribute("users", this.users.all());
		model.addAttribute("awaitingGates", this.gates.awaiting(actor, projectId));
		model.addAttribute("mayDecideGates", this.gates.mayDecide(actor, projectId));
		return "projects/show";
	}

	@GetMapping("/projects/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireDirectorOrAdmin(actor, projectId);
		model.addAttribute("project", this.projects.get(actor, projectId));
		model.addAttribute("projectForm", ProjectForm.of(this.projects.get(actor, projectId)));
		return "projects/form";
	}

	@PostMapping("/projects/{id}/edit")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("projectForm") ProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireDirectorOrAdmin(actor, projectId);
		model.addAttribute("project", this.projects.get(actor, projectId));
		if (result.hasErrors()) {
			return "projects/form";
		}
		try {
			this.projects.update(actor, projectId, form.getVersion(), form.draft());
			redirect.addFlashAttribute("saved", "project.saved");
			return "redirect:/projects/" + id;
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
			return "projects/form";
		}
		catch (StaleVersion stale) {
			ProjectSummary current = this.projects.get(actor, projectId);
			model.addAttribute("conflict", current);
			form.setVersion(current.version());
			result.reject("conflict.stale");
			return "projects/form";
		}
	}

	@PostMapping("/projects/{id}/members")
	String addMember(Actor actor, @PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireDirectorOrAdmin(actor, projectId);
		if (!result.hasErrors()) {
			try {
				this.projects.addMember(actor, projectId, form.member());
				redirect.addFlashAttribute("saved", "member.added");
				return "redirect:/projects/" + id + "#organisation";
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
			catch (Conflict clash) {
				result.rejectValue("username", clash.code(), clash.getMessage());
			}
		}
		return show(actor, id, model);
	}

	@PostMapping("/projects/{id}/members/{memberId}/remove")
	String removeMember(Actor actor, @PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		this.projects.removeMember(actor, new ProjectId(id), memberId);
		redirect.addFlashAttribute("saved", "member.removed");
		return "redirect:/projects/" + id + "#organisation";
	}

	private static void requireCreator(Actor actor) {
		if (Arrays.asList(Role.ADMIN, Role.DIRECTOR).stream().noneMatch(actor::has)) {
			throw new com.crmtracker.domain.Forbidden("Only an admin or a director may create a project");
		}
	}

}
