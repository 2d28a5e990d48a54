package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
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
import com.crmtracker.web.support.Figure;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.chart.Charts;
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

/**
 * The scorecard of a project: the overview with its perspective chart, the KPI library,
 * and a KPI's page with its trend, entries and corrections.
 */
@Controller
class ScorecardPages {

	private final Scorecards scorecards;

	private final Clock clock;

	ScorecardPages(Scorecards scorecards, Clock clock) {
		this.scorecards = scorecards;
		this.clock = clock;
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
	String overview(ProjectHandle project, Model model) {
		ScorecardView card = this.scorecards.scorecard(project);
		model.addAttribute("project", project.project());
		model.addAttribute("card", card);
		model.addAttribute("chart", Charts.perspectives("perspective-chart", card.perspectives(), card.thresholds()));
		boolean mayEdit = project.may(ProjectRight.EDIT_PLAN);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("weightsForm")) {
			model.addAttribute("weightsForm", WeightsCommand.of(card));
		}
		if (mayEdit && !model.containsAttribute("thresholdsForm")) {
			model.addAttribute("thresholdsForm", ThresholdsCommand.of(card));
		}
		return "scorecard/overview";
	}

	@PostMapping("/projects/{id}/scorecard/weights")
	String weights(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("weightsForm") WeightsCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.renaming(WeightsCommand.FIELDS)
			.rules(f -> this.scorecards.checkWeights(f.weights()))
			.save(f -> this.scorecards.setWeights(project, f.weights(), f.version()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.weights.saved");
			return "redirect:/projects/" + project.value() + "/scorecard";
		}
		if (outcome == Forms.Outcome.STALE) {
			// the conflict view: the weights someone else saved, and their version to
			// save over them
			model.addAttribute("weightsConflict", WeightsCommand.of(this.scorecards.scorecard(project)));
		}
		return overview(project, model);
	}

	@PostMapping("/projects/{id}/scorecard/thresholds")
	String thresholds(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("thresholdsForm") ThresholdsCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.rules(f -> this.scorecards.checkThresholds(f.green(), f.amber()))
			.save(f -> this.scorecards.setThresholds(project, f.green(), f.amber(), f.version()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.thresholds.saved");
			return "redirect:/projects/" + project.value() + "/scorecard";
		}
		if (outcome == Forms.Outcome.STALE) {
			model.addAttribute("thresholdsConflict", ThresholdsCommand.of(this.scorecards.scorecard(project)));
		}
		return overview(project, model);
	}

	@GetMapping("/projects/{id}/scorecard/library")
	String library(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("library", this.scorecards.library());
		model.addAttribute("added",
				this.scorecards.kpis(project).stream().map(KpiView::libraryCode).filter(Objects::nonNull).toList());
		if (!model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", NewKpiCommand.empty());
		}
		return "scorecard/library";
	}

	@PostMapping("/projects/{id}/scorecard/library/{code}")
	String addFromLibrary(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable String code,
			@Valid @ModelAttribute("libraryForm") LibraryKpiCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KpiView[] added = new KpiView[1];
		Forms.Bound<LibraryKpiCommand> bound = Forms.bind(form, result, model);
		String unit = LibraryKpi.byCode(code).map(LibraryKpi::unit).orElse(null);
		refuseMisplacedSign(bound.result(), unit, "baseline", form.baseline());
		refuseMisplacedSign(bound.result(), unit, "target", form.target());
		if (bound
			.rules(f -> LibraryKpi.byCode(code)
				.map(library -> this.scorecards
					.check(library.draft(f.baselineValue(), f.targetValue(), f.weight(), f.period())))
				.orElse(List.of()))
			.save(f -> added[0] = this.scorecards.addFromLibrary(project, code, f.baselineValue(), f.targetValue(),
					f.weight(), f.period()))
			.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.kpi.added");
			redirect.addFlashAttribute("addedKpi", added[0].id());
			return "redirect:/projects/" + project.value() + "/scorecard/library#library-" + code;
		}
		model.addAttribute("failed", code);
		return library(project, model);
	}

	@PostMapping("/projects/{id}/scorecard/kpis")
	String addCustom(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("kpiForm") NewKpiCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KpiView[] added = new KpiView[1];
		Forms.Bound<NewKpiCommand> bound = Forms.bind(form, result, model);
		refuseMisplacedSign(bound.result(), form.unit(), "baseline", form.baseline());
		refuseMisplacedSign(bound.result(), form.unit(), "target", form.target());
		if (bound.rules(f -> this.scorecards.check(f.draft()))
			.save(f -> added[0] = this.scorecards.addKpi(project, f.draft()))
			.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.kpi.added");
			return "redirect:/projects/" + project.value() + "/scorecard/kpis/" + added[0].id();
		}
		return library(project, model);
	}

	@GetMapping("/projects/{id}/scorecard/kpis/{kpiId}")
	String kpi(ProjectHandle project, @PathVariable long kpiId, Model model) {
		KpiDetail detail = this.scorecards.kpi(project, kpiId);
		model.addAttribute("project", project.project());
		model.addAttribute("detail", detail);
		model.addAttribute("kpi", detail.kpi());
		model.addAttribute("trend", Charts.kpiTrend(detail.series(), detail.kpi().baseline(), detail.kpi().target()));
		boolean mayEdit = project.may(ProjectRight.EDIT_PLAN);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && !model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm",
					MeasurementCommand.of(lastCompleted(detail.kpi().period(), LocalDate.now(this.clock)).toString()));
		}
		if (mayEdit && !model.containsAttribute("kpiSettingsForm")) {
			model.addAttribute("kpiSettingsForm", KpiSettingsCommand.of(detail.kpi()));
		}
		return "scorecard/kpi";
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/measurements")
	String record(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long kpiId,
			@Valid @ModelAttribute("measurementForm") MeasurementCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MeasurementView[] recorded = new MeasurementView[1];
		KpiView kpi = this.scorecards.kpi(project, kpiId).kpi();
		Forms.Bound<MeasurementCommand> bound = Forms.bind(form, result, model);
		refuseMisplacedSign(bound.result(), kpi.unit(), "value", form.value());
		if (bound.rules(f -> this.scorecards.check(kpi, f.input()))
			.save(f -> recorded[0] = this.scorecards.record(project, kpiId, f.input()))
			.saved()) {
			// flash attributes live in the session: plain strings only
			HashMap<String, String> shown = new HashMap<>();
			shown.put("period", recorded[0].period());
			shown.put("value", recorded[0].value() == null ? null : decimal(recorded[0].value()));
			shown.put("score", score(recorded[0].score()));
			shown.put("status", recorded[0].status() == null ? null : recorded[0].status().name());
			redirect.addFlashAttribute("recorded", shown);
			redirect.addFlashAttribute("saved", "scorecard.measurement.saved");
			return "redirect:/projects/" + project.value() + "/scorecard/kpis/" + kpiId;
		}
		return kpi(project, kpiId, model);
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/settings")
	String settings(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long kpiId,
			@Valid @ModelAttribute("kpiSettingsForm") KpiSettingsCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KpiView kpi = this.scorecards.kpi(project, kpiId).kpi();
		Forms.Bound<KpiSettingsCommand> bound = Forms.bind(form, result, model);
		refuseMisplacedSign(bound.result(), kpi.unit(), "baseline", form.baseline());
		refuseMisplacedSign(bound.result(), kpi.unit(), "target", form.target());
		Forms.Outcome outcome = bound.rules(f -> this.scorecards.checkChange(kpi.draft(), f.changes()))
			.save(f -> this.scorecards.updateKpi(project, kpiId, f.version(), f.changes()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.kpi.saved");
			return "redirect:/projects/" + project.value() + "/scorecard/kpis/" + kpiId;
		}
		if (outcome == Forms.Outcome.STALE) {
			// the conflict view: what someone else saved, and the version to save over it
			model.addAttribute("conflict", KpiSettingsCommand.of(this.scorecards.kpi(project, kpiId).kpi()));
		}
		return kpi(project, kpiId, model);
	}

	/**
	 * A % typed on a figure of a KPI not counted in % is refused by name, not read as a
	 * plain number.
	 */
	private static void refuseMisplacedSign(BindingResult result, String unit, String field, Figure figure) {
		if (Figure.misplacedSign(figure, unit) && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "kpi.figure.notPercent", "must be a plain number: this KPI is not counted in %");
		}
	}

	@PostMapping("/projects/{id}/scorecard/kpis/{kpiId}/remove")
	String remove(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long kpiId,
			RedirectAttributes redirect) {
		this.scorecards.removeKpi(project, kpiId);
		redirect.addFlashAttribute("saved", "scorecard.kpi.removed");
		return "redirect:/projects/" + project.value() + "/scorecard";
	}

	/** The period before the one of today: what a director usually enters. */
	static Period lastCompleted(PeriodType type, LocalDate today) {
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
