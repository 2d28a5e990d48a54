package com.crmtracker.web.projects;

import java.time.LocalDate;

import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The project form, for a new project and for an edit. */
public class ProjectForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	private String organisation;

	@NotBlank
	private String currency = "CNY";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedGoLive;

	private ProjectStatus status = ProjectStatus.PLANNED;

	private String template = Projects.DEFAULT_TEMPLATE;

	private long version;

	static ProjectForm of(ProjectSummary project) {
		ProjectForm form = new ProjectForm();
		form.name = project.name();
		form.organisation = project.organisation();
		form.currency = project.currency();
		form.startDate = project.startDate();
		form.plannedGoLive = project.plannedGoLive();
		form.status = project.status();
		form.template = project.template();
		form.version = project.version();
		return form;
	}

	ProjectDraft draft() {
		return new ProjectDraft(this.name, this.organisation, this.currency == null ? null : this.currency.trim(),
				this.startDate, this.plannedGoLive, this.status);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getPlannedGoLive() {
		return this.plannedGoLive;
	}

	public void setPlannedGoLive(LocalDate plannedGoLive) {
		this.plannedGoLive = plannedGoLive;
	}

	public ProjectStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public String getTemplate() {
		return this.template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
