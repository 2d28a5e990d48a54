package com.crmtracker.web.costing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.BenefitType;
import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.DiscountRate;
import com.crmtracker.costing.EarnedValueReport;
import com.crmtracker.costing.EarnedValues;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoReports;
import com.crmtracker.domain.Values;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The TCO, business-case and earned-value pages. */
@Controller
class CostingPages {

	private final TcoReports tco;

	private final BusinessCases businessCases;

	private final EarnedValues earnedValues;

	private final Clock clock;

	CostingPages(TcoReports tco, BusinessCases businessCases, EarnedValues earnedValues, Clock clock) {
		this.tco = tco;
		this.businessCases = businessCases;
		this.earnedValues = earnedValues;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/tco")
	String tco(ProjectHandle project, Model model) {
		TcoReports.TcoWithVariance figures = this.tco.withVariance(project);
		TcoReport report = figures.report();
		model.addAttribute("project", project.project());
		model.addAttribute("tco", report);
		model.addAttribute("chart", Charts.tco(report));
		Map<String, TcoMatrix> matrices = new LinkedHashMap<>();
		matrices.put("planned", report.planned());
		matrices.put("actual", report.actual());
		model.addAttribute("matrices", matrices);
		model.addAttribute("variance", figures.variance());
		model.addAttribute("outside", this.tco.outsideHorizon(project, 50));
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("years", List.of(1, 2, 3, 4, 5));
		return "costing/tco";
	}

	@GetMapping("/projects/{id}/business-case")
	String businessCase(ProjectHandle project, Model model) {
		DiscountRate rate = this.businessCases.discountRate(project);
		if (!model.containsAttribute("benefitForm")) {
			model.addAttribute("benefitForm", BenefitCommand.blank());
		}
		if (!model.containsAttribute("rateForm")) {
			model.addAttribute("rateForm", RateCommand.of(rate));
		}
		return showBusinessCase(project, rate, model);
	}

	private String showBusinessCase(ProjectHandle project, DiscountRate rate, Model model) {
		BusinessCaseResult planned = this.businessCases.result(project, CostKind.PLANNED, rate.rate());
		BusinessCaseResult actual = this.businessCases.result(project, CostKind.ACTUAL, rate.rate());
		model.addAttribute("project", project.project());
		model.addAttribute("rate", rate);
		model.addAttribute("planned", planned);
		model.addAttribute("actual", actual);
		model.addAttribute("chart", Charts.cashFlow(planned, actual));
		model.addAttribute("benefits", this.businessCases.benefits(project));
		model.addAttribute("mayEdit", project.may(ProjectRight.CHANGE_MONEY));
		model.addAttribute("benefitTypes", BenefitType.values());
		model.addAttribute("kinds", CostKind.values());
		model.addAttribute("years", List.of(1, 2, 3, 4, 5));
		return "costing/business-case";
	}

	@PostMapping("/projects/{id}/business-case/benefits")
	String addBenefit(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@Valid @ModelAttribute("benefitForm") BenefitCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model)
			.rules(f -> f.draft().check())
			.save(f -> this.businessCases.createBenefit(project, f.draft()))
			.saved()) {
			redirect.addFlashAttribute("saved", "benefit.created");
			return "redirect:/projects/" + project.value() + "/business-case#benefits";
		}
		DiscountRate rate = this.businessCases.discountRate(project);
		model.addAttribute("rateForm", RateCommand.of(rate));
		return showBusinessCase(project, rate, model);
	}

	/** A stale version is refused by the 409 page. */
	@PostMapping("/projects/{id}/business-case/benefits/{benefitId}/delete")
	String deleteBenefit(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long benefitId,
			@RequestParam long version, RedirectAttributes redirect) {
		this.businessCases.deleteBenefit(project, benefitId, version);
		redirect.addFlashAttribute("saved", "benefit.deleted");
		return "redirect:/projects/" + project.value() + "/business-case#benefits";
	}

	@PostMapping("/projects/{id}/business-case/rate")
	String setRate(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@Valid @ModelAttribute("rateForm") RateCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.save(f -> this.businessCases.setSettings(project, f.fraction(), f.crmUsers(), f.versionRead()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "businessCase.rateSaved");
			return "redirect:/projects/" + project.value() + "/business-case";
		}
		DiscountRate current = this.businessCases.discountRate(project);
		if (outcome == Forms.Outcome.STALE) {
			// their rate is shown, and their version carried to save over it
			model.addAttribute("conflict", current);
		}
		model.addAttribute("benefitForm", BenefitCommand.blank());
		return showBusinessCase(project, current, model);
	}

	@GetMapping("/projects/{id}/earned-value")
	String earnedValue(ProjectHandle project, @RequestParam(required = false) String asOf, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate date = Values.blank(asOf) ? today : Values.date(asOf);
		if (date == null) {
			model.addAttribute("asOfInvalid", true);
			date = today;
		}
		model.addAttribute("project", project.project());
		model.addAttribute("asOf", date);
		model.addAttribute("asOfForm", new AsOfForm(date));
		EarnedValueReport report = this.earnedValues.report(project, date);
		model.addAttribute("ev", report.result());
		model.addAttribute("phases", report.phases());
		model.addAttribute("budgets", report.budgets());
		model.addAttribute("chart", Charts.sCurve("ev-chart", report.curve()));
		return "costing/earned-value";
	}

}
