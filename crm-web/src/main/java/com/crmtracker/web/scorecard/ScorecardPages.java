package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.Direction;
import com.crmtracker.scorecard.KpiDetail;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.LibraryKpi;
import com.crmtracker.scorecard.MeasureType;
import com.crmtracker.scorecard.MeasurementView;
import com.crmtracker.scorecard.Period;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.chart.Charts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scorecard of a project: the overview with its perspective chart, the KPI library,
 * and a KPI's page with its trend, entries and corrections.
 */
@Controller
class ScorecardPages {

	private final Scorecards scorecards;

	private final Projects projects;

	private final ProjectAccess access;

	ScorecardPages(Scorecards scorecards, Projects projects, ProjectAccess access) {
		this.scorecards = scorecards;
		this.projects = projects;
		this.access = access;
	}

	@ModelAttribute("perspectives")
	Perspective[] perspectives() {
		return Perspective.values();
	}

	@ModelAttribute("periodTypes")
	PeriodType[] periodTypes() {
		return PeriodType.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@ModelAttribute("measureTypes")
	MeasureType[] measureTypes() {
		return MeasureType.values();
	}

	@GetMapping("/projects/{id}/scorecard")
	String overview(Actor actor, @PathVariable long id, Model model) {
		ProjectId project = new ProjectId(id);
		ScorecardView card = this.scorecards.scorecard(actor, project);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("card", card);
		model.addAttribute("chart", Charts.perspectives("perspective-chart", card.perspectives(), card.thresholds()));
		boolean mayEdit = this.access.directs(actor, project);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", SettingsForm.of(card));
		}
		return "scorecard/overview";
	}

	@PostMapping("/projects/{id}/scorecard/weights")
	String weights(Actor actor, @PathVariable long id, @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				this.scorecards.setWeights(actor, project, form.weights(), form.getVersion());
				redirect.addFlashAttribute("saved", "scorecard.weights.saved");
				return "redirect:/projects/" + id + "/scorecard";
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, renamed(refusal));
			}
			catch (StaleVersion stale) {
				// show the values the other person saved, with the version to save over
				// them
				form.copy(SettingsForm.of(this.scorecards.scorecard(actor, project)));
				result.reject("scorecard.stale");
			}
		}
		return overview(actor, id, model);
	}

	@PostMapping("/projects/{id}/scorecard/thresholds")
	String thresholds(Actor actor, @PathVariable long id, @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				this.scorecards.setThresholds(actor, project, form.getGreen(), form.getAmber(), form.getVersion());
				redirect.addFlashAttribute("saved", "scorecard.thresholds.saved");
				return "redirect:/projects/" + id + "/scorecard";
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
			catch (StaleVersion stale) {
				// show the values the other person saved, with the version to save over
				// them
				form.copy(SettingsForm.of(this.scorecards.scorecard(actor, project)));
				result.reject("scorecard.stale");
			}
		}
		return overview(actor, id, model);
	}

	/** The facade names the perspectives by code; the form by property. */
	private static InvalidInput renamed(InvalidInput refusal) {
		Map<String, String> names = Map.of("FINANCIAL", "financial", "CUSTOMER", "customer", "INTERNAL_PROCESS",
				"internalProcess", "LEARNING_GROWTH", "learningGrowth");
		return new InvalidInput(refusal.errors()
			.stream()
			.map(e -> new FieldError(names.getOrDefault(e.field(), e.field()), e.code(), e.message(), e.row()))
			.toList());
	}

	@GetMapping("/projects/{id}/scorecard/library")
	String library(Actor actor, @PathVariable long id, Model model) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("library", this.scorecards.library());
		model.addAttribute("added",
				this.scorecards.kpis(actor, project)
					.stream()
					.map(KpiView::libraryCode)
					.filter(java.util.Objects::nonNull)
					.toList());
		if (!model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", new KpiForm());
		}
		return "scorecard/library";
	}

	@PostMapping("/projects/{id}/scorecard/library/{code}")
	String addFromLibrary(Actor actor, @PathVariable long id, @PathVariable String code,
			@ModelAttribute("libraryForm") LibraryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		List<FieldError> errors = new ArrayList<>();
		if (!result.hasErrors()) {
			try {
				KpiView added = this.scorecards.addFromLibrary(actor, project, code, form.getBaseline(),
						form.getTarget(), form.getWeight(), form.getPeriod());
				redirect.addFlashAttribute("saved", "scorecard.kpi.added");
				redirect.addFlashAttribute("addedKpi", added.id());
				return "redirect:/projects/" + id + "/scorecard/library#library-" + code;
			}
			catch (InvalidInput refusal) {
				errors.addAll(refusal.errors());
			}
		}
		else {
			result.getFieldErrors()
				.forEach(e -> errors.add(new FieldError(e.getField(), "typeMismatch.java.math.BigDecimal", "", null)));
		}
		model.addAttribute("failed", code);
		model.addAttribute("failedForm", form);
		model.addAttribute("failedErrors", errors);
		return library(actor, id, model);
	}

	@PostMapping("/projects/{id}/scorecard/kpis")
	String addCustom(Actor actor, @PathVariable long id, @ModelAttribute("kpiForm") KpiForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				KpiView added = this.scorecards.addKpi(actor, project, form.draft());
				redirect.addFlashAttribute("saved", "scorecard.kpi.added");
				return "redirect:/projects/" + id + "/scorecard/kpis/" + added.id();
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
		}
		return library(actor, id, model);
	}

	@GetMapping("/projects/{id}/scorecard/kpis/{kpiId}")
	String kpi(Actor actor, @PathVariable long id, @PathVariable long kpiId, Model model) {
		ProjectId project = new ProjectId(id);
		KpiDetail detail = this.scorecards.kpi(actor, project, kpiId);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("detail", detail);
		model.addAttribute("kpi", detail.kpi());
		model.addAttribute("trend", Charts.kpiTrend(detail.series(), detail.kpi().baseline(), detail.kpi().target()));
		boolean mayEdit = this.access.directs(actor, project);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("measurementForm")) {
			MeasurementForm form = new MeasurementForm();
			form.setPeriod(lastCompleted(detail.kpi().period()).toString());
			model.addAttribute("measurementForm", form);
		}
		if (mayEdit && !model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", KpiForm.of(detail.kpi()));
		}
		return "scorecard/kpi";
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/measurements")
	String record(Actor actor, @PathVariable long id, @PathVariable long kpiId,
			@ModelAttribute("measurementForm") MeasurementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				MeasurementView recorded = this.scorecards.record(actor, project, kpiId, form.input());
				// flash attributes live in the session: plain strings only
				java.util.HashMap<String, String> shown = new java.util.HashMap<>();
				shown.put("period", recorded.period());
				shown.put("value", recorded.value() == null ? null : decimal(recorded.value()));
				shown.put("score", score(recorded.score()));
				shown.put("status", recorded.status() == null ? null : recorded.status().name());
				redirect.addFlashAttribute("recorded", shown);
				redirect.addFlashAttribute("saved", "scorecard.measurement.saved");
				return "redirect:/projects/" + id + "/scorecard/kpis/" + kpiId;
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
		}
		return kpi(actor, id, kpiId, model);
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/settings")
	String settings(Actor actor, @PathVariable long id, @PathVariable long kpiId,
			@ModelAttribute("kpiForm") KpiForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		this.access.requireDirector(actor, project);
		if (!result.hasErrors()) {
			try {
				this.scorecards.updateKpi(actor, project, kpiId, form.getVersion(), form.settingsDraft());
				redirect.addFlashAttribute("saved", "scorecard.kpi.saved");
				return "redirect:/projects/" + id + "/scorecard/kpis/" + kpiId;
			}
			catch (InvalidInput refusal) {
				Forms.reject(result, refusal);
			}
			catch (StaleVersion stale) {
				form.copy(KpiForm.of(this.scorecards.kpi(actor, project, kpiId).kpi()));
				result.reject("scorecard.stale");
			}
		}
		return kpi(actor, id, kpiId, model);
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/remove")
	String remove(Actor actor, @PathVariable long id, @PathVariable long kpiId, RedirectAttributes redirect) {
		this.scorecards.removeKpi(actor, new ProjectId(id), kpiId);
		redirect.addFlashAttribute("saved", "scorecard.kpi.removed");
		return "redirect:/projects/" + id + "/scorecard";
	}

	/** The period before the one of today: what a director usually enters. */
	static Period lastCompleted(PeriodType type) {
		LocalDate today = LocalDate.now();
		Period current = type == PeriodType.MONTH ? Period.month(today.getYear(), today.getMonthValue())
				: Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
		return current.previous();
	}

	/** A number for people: at most two decimals, no trailing zeros. */
	static String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
	}

	/** A score for people: three decimals. */
	static String score(BigDecimal value) {
		return value == null ? "" : value.setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

	static List<LibraryKpi> libraryOf(Perspective perspective) {
		return Arrays.stream(LibraryKpi.values()).filter(k -> k.perspective() == perspective).toList();
	}

}
