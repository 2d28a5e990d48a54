package com.crmtracker.project;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives projects created before plans existed the phases of their template, once, at
 * start-up (before any demo data that builds on them).
 */
@Component
@Order(5)
class MissingPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MissingPlans.class);

	private final ProjectRepository projects;

	private final ProjectPhaseRepository phases;

	private final MethodologyTemplates templates;

	MissingPlans(ProjectRepository projects, ProjectPhaseRepository phases, MethodologyTemplates templates) {
		this.projects = projects;
		this.phases = phases;
		this.templates = templates;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Project project : this.projects.findAll()) {
			if (this.phases.existsByProjectId(project.id()) || !this.templates.exists(project.template())) {
				continue;
			}
			ProjectSummary summary = project.summary();
			this.templates.instantiate(project.id(), project.template(), summary.startDate(), summary.plannedGoLive());
			log.info("Gave project {} the phases of template {}", project.id(), project.template());
		}
	}

}
