package com.crmtracker.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.rules.PlanRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Methodology templates. A project copies its phases and typical deliverables from one
 * when it is created, so editing a template never changes an existing project. The
 * shipped templates are read-only; an admin copies one and edits the copy.
 */
@Service
@Transactional(readOnly = true)
public class MethodologyTemplates {

	private final MethodologyTemplateRepository templates;

	private final ProjectPhaseRepository phases;

	private final DeliverableRepository deliverables;

	MethodologyTemplates(MethodologyTemplateRepository templates, ProjectPhaseRepository phases,
			DeliverableRepository deliverables) {
		this.templates = templates;
		this.phases = phases;
		this.deliverables = deliverables;
	}

	/** Every template, the shipped ones first; anybody may read them. */
	public List<TemplateView> all() {
		return this.templates.findAllByOrderByBuiltinDescCodeAsc().stream().map(MethodologyTemplate::view).toList();
	}

	public TemplateView get(String code) {
		return load(code).view();
	}

	public boolean exists(String code) {
		return code != null && this.templates.existsById(code);
	}

	/** Copies a template under a new code; only an admin may. */
	@Transactional
	public TemplateView copy(Actor actor, String fromCode, String newCode, String nameEn, String nameZh) {
		requireAdmin(actor);
		MethodologyTemplate from = load(fromCode);
		List<FieldError> errors = new ArrayList<>();
		String code = newCode == null ? "" : newCode.trim();
		if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			errors.add(new FieldError("code", "template.code.invalid",
					"use 2 to 32 capital letters, digits or underscores, starting with a letter", null));
		}
		else if (this.templates.existsById(code)) {
			errors.add(new FieldError("code", "template.code.taken", "a template already has this code", null));
		}
		validateNames(errors, nameEn, nameZh);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		MethodologyTemplate copy = new MethodologyTemplate(code, nameEn.trim(), nameZh.trim());
		copy.replacePhases(from.view().phases());
		return this.templates.saveAndFlush(copy).view();
	}

	/** Renames a copied template and replaces its phases; only an admin may. */
	@Transactional
	public TemplateView update(Actor actor, String code, long version, String nameEn, String nameZh,
			List<TemplateView.Phase> newPhases) {
		requireAdmin(actor);
		MethodologyTemplate template = load(code);
		if (template.builtin()) {
			throw new Conflict("template.builtin.readOnly", "The shipped templates cannot be edited: copy one instead");
		}
		if (template.version() != version) {
			throw new StaleVersion("Template " + code, template.version());
		}
		List<FieldError> errors = new ArrayList<>();
		validateNames(errors, nameEn, nameZh);
		if (newPhases == null || newPhases.isEmpty()) {
			errors
				.add(new FieldError("phases", "template.phases.required", "a template needs at least one phase", null));
		}
		else {
			for (int i = 0; i < newPhases.size(); i++) {
				TemplateView.Phase phase = newPhases.get(i);
				String prefix = "phases[" + i + "].";
				if (blank(phase.nameEn(), 200) || blank(phase.nameZh(), 200)) {
					errors.add(new FieldError(prefix + "nameEn", "template.phase.name.required",
							"phase " + (i + 1) + " needs an English and a Chinese name (at most 200 characters)",
							null));
				}
				if (phase.durationWeight() < 1 || phase.durationWeight() > 100) {
					errors.add(new FieldError(prefix + "durationWeight", "template.phase.weight.range",
							"phase " + (i + 1) + ": the duration weight must be from 1 to 100", null));
				}
				for (TemplateView.Deliverable d : phase.deliverables()) {
					if (blank(d.nameEn(), 300) || blank(d.nameZh(), 300)) {
						errors
							.add(new FieldError(prefix + "deliverables", "template.deliverable.name.required", "phase "
									+ (i + 1)
									+ ": every deliverable needs an English and a Chinese name (at most 300 characters)",
									null));
						break;
					}
				}
			}
			if (newPhases.stream().filter(TemplateView.Phase::goLive).count() > 1) {
				errors.add(new FieldError("phases", "template.goLive.one", "at most one phase is the go-live phase",
						null));
			}
			if (newPhases.size() > 20) {
				errors.add(new FieldError("phases", "template.phases.tooMany", "at most 20 phases", null));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		template.rename(nameEn.trim(), nameZh.trim());
		List<TemplateView.Phase> numbered = new ArrayList<>();
		for (int i = 0; i < newPhases.size(); i++) {
			TemplateView.Phase p = newPhases.get(i);
			numbered
				.add(new TemplateView.Phase(i + 1, p.nameEn().trim(), p.nameZh().trim(), p.durationWeight(), p.goLive(),
						p.deliverables()
							.stream()
							.map(d -> new TemplateView.Deliverable(d.nameEn().trim(), d.nameZh().trim()))
							.toList()));
		}
		// clear and flush first: the new phases reuse the numbers of the old ones
		template.phases().clear();
		this.templates.saveAndFlush(template);
		template.replacePhases(numbered);
		return this.templates.saveAndFlush(template).view();
	}

	/**
	 * Gives a new project the template's phases and typical deliverables, spread between
	 * its start and planned go-live.
	 */
	@Transactional
	void instantiate(long projectId, String code, LocalDate start, LocalDate goLive) {
		TemplateView template = load(code).view();
		List<PlanRules.DateRange> ranges = PlanRules.spread(start, goLive,
				template.phases().stream().map(TemplateView.Phase::durationWeight).toList());
		for (int i = 0; i < template.phases().size(); i++) {
			TemplateView.Phase phase = template.phases().get(i);
			PlanRules.DateRange range = ranges.get(i);
			ProjectPhase saved = this.phases.save(new ProjectPhase(projectId, phase.number(), phase.nameEn(),
					phase.nameZh(), range.start(), range.end(), phase.goLive()));
			for (TemplateView.Deliverable d : phase.deliverables()) {
				this.deliverables.save(new Deliverable(saved.id(), d.nameEn(), d.nameZh(), range.end()));
			}
		}
	}

	private MethodologyTemplate load(String code) {
		return this.templates.findById(code == null ? "" : code)
			.orElseThrow(() -> new NotFound("No methodology template " + code));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new Forbidden("Only an admin may copy or edit methodology templates");
		}
	}

	private static void validateNames(List<FieldError> errors, String nameEn, String nameZh) {
		if (blank(nameEn, 200)) {
			errors.add(new FieldError("nameEn", "template.name.required", "must not be empty (at most 200 characters)",
					null));
		}
		if (blank(nameZh, 200)) {
			errors.add(new FieldError("nameZh", "template.name.required", "must not be empty (at most 200 characters)",
					null));
		}
	}

	private static boolean blank(String s, int max) {
		return s == null || s.isBlank() || s.trim().length() > max;
	}

}
