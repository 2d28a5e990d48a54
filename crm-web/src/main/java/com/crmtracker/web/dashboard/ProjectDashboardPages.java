package com.crmtracker.web.dashboard;

import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's dashboard for the steering committee. */
@Controller
class ProjectDashboardPages {

	private final ProjectDashboard dashboard;

	ProjectDashboardPages(ProjectDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/projects/{id}/dashboard")
	String dashboard(Actor actor, @PathVariable long id, Locale locale, Model model) {
		ProjectDashboard.View view = this.dashboard.of(actor, new ProjectId(id), LocalDate.now(), locale);
		model.addAttribute("view", view);
		model.addAttribute("project", view.project());
		return "dashboard/project";
	}

}
