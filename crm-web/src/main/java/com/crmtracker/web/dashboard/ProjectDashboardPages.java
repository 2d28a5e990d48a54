package com.crmtracker.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A project's dashboard for the steering committee. */
@Controller
class ProjectDashboardPages {

	private final ProjectDashboard dashboard;

	private final BoardPacks packs;

	private final Clock clock;

	ProjectDashboardPages(ProjectDashboard dashboard, BoardPacks packs, Clock clock) {
		this.dashboard = dashboard;
		this.packs = packs;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/dashboard")
	String dashboard(ProjectHandle project, Locale locale, Model model) {
		ProjectDashboard.View view = this.dashboard.of(project, LocalDate.now(this.clock), locale);
		model.addAttribute("view", view);
		model.addAttribute("lastPack", this.packs.last(project).orElse(null));
		model.addAttribute("mayIssuePack",
				project.may(ProjectRight.DECIDE_GATES) || project.may(ProjectRight.EDIT_PLAN));
		model.addAttribute("project", view.project());
		return "dashboard/project";
	}

}
