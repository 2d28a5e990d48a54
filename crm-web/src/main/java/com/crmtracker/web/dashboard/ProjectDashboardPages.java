package com.crmtracker.web.dashboard;

import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.project.ProjectHandle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A project's dashboard for the steering committee. */
@Controller
class ProjectDashboardPages {

	private final ProjectDashboard dashboard;

	ProjectDashboardPages(ProjectDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/projects/{id}/dashboard")
	String dashboard(ProjectHandle project, Locale locale, Model model) {
		ProjectDashboard.View view = this.dashboard.of(project, LocalDate.now(), locale);
		model.addAttribute("view", view);
		model.addAttribute("project", view.project());
		return "dashboard/project";
	}

}
