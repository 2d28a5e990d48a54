package com.crmtracker.web.costing;

import java.time.LocalDate;
import java.util.List;

import com.crmtracker.costing.BenefitInput;
import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLineRules;
import com.crmtracker.costing.DiscountRate;
import com.crmtracker.costing.EarnedValues;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoReports;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.web.support.Forms;

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

	private final Projects projects;

	private final ProjectAccess access;

	CostingPages(TcoReports tco, BusinessCases businessCases, EarnedValues earnedValues, Projects projects,
			ProjectAccess access) {
		this.tco = tco;
		this.businessCases = businessCases;
		this.earnedValues = earnedValues;
		this.projects = projects;
		this.access = access;
	}

	@GetMapping("/projects/{id}/tco")
	String tco(Actor actor, @PathVariable long id, Model model) {
		ProjectId projectId = new ProjectId(id);
		ProjectSummary project = this.projects.get(actor, projectId);
		TcoReport report = this.tco.report(actor, projectId);
		model.addAttribute("project", project);
		model.addAttribute("tco", report);
		model.addAttribute("chart", Charts.tcoBars(report));
		java.util.Map<String, com.crmtracker.costing.TcoMatrix> matrices = new java.util.LinkedHashMap<>();
		matrices.put("planned", report.planned());
		matrices.put("actual", report.actual());
		matrices.put("variance", report.variance());
		model.addAttribute("matrices", matrices);
		model.addAttribute("outside", this.tco.outsideHorizon(actor, projectId, 50));
		model.addAttribute("categories", com.crmtracker.costing.CostCategory.values());
		model.addAttribute("years", List.of(1, 2, 3, 4, 5));
		return "costing/tco";
	}

	@GetMapping("/projects/{id}/business-case")
	String businessCase(Actor actor, @PathVariable long id, Model model) {
		ProjectId projectId = new ProjectId(id);
		DiscountRate rate = this.businessCases.discountRate(actor, projectId);
		if (!model.containsAttribute("benefitForm")) {
			model.addAttribute("benefitForm", new BenefitForm());
		}
		if (!model.containsAttribute("rateForm")) {
			RateForm form = new RateForm();
			form.setRate(rate.rate().stripTrailingZeros().toPlainString());
			form.setVersion(rate.version());
			model.addAttribute("rateForm", form);
		}
		return showBusinessCase(actor, projectId, rate, model);
	}

	private String showBusinessCase(Actor actor, ProjectId projectId, DiscountRate rate, Model model) {
		BusinessCaseResult planned = this.businessCases.result(actor, projectId, CostKind.PLANNED, rate.rate());
		BusinessCaseResult actual = this.businessCases.result(actor, projectId, CostKind.ACTUAL, rate.rate());
		model.addAttribute("project", this.projects.get(actor, projectId));
		model.addAttribute("rate", rate);
		model.addAttribute("planned", planned);
		model.addAttribute("actual", actual);
		model.addAttribute("chart", Charts.cumulativeCashFlow(planned, actual));
		model.addAttribute("benefits", this.businessCases.benefits(actor, projectId));
		model.addAttribute("mayEdit", CostPages.mayChangeMoney(actor));
		model.addAttribute("benefitTypes", com.crmtracker.costing.BenefitType.values());
		model.addAttribute("kinds", CostKind.values());
		model.addAttribute("years", List.of(1, 2, 3, 4, 5));
		return "costing/business-case";
	}

	@PostMapping("/projects/{id}/business-case/benefits")
	String addBenefit(Actor actor, @PathVariable long id, @ModelAttribute("benefitForm") BenefitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		try {
			this.businessCases.createBenefit(actor, projectId, new BenefitInput(form.getYear(), form.getKind(),
					form.getType(), form.getAmount(), form.getDescription()));
			redirect.addFlashAttribute("saved", "benefit.created");
			return "redirect:/projects/" + id + "/business-case#benefits";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
			DiscountRate rate = this.businessCases.discountRate(actor, projectId);
			RateForm rateForm = new RateForm();
			rateForm.setRate(rate.rate().toPlainString());
			rateForm.setVersion(rate.version());
			model.addAttribute("rateForm", rateForm);
			return showBusinessCase(actor, projectId, rate, model);
		}
	}

	@PostMapping("/projects/{id}/business-case/benefits/{benefitId}/delete")
	String deleteBenefit(Actor actor, @PathVariable long id, @PathVariable long benefitId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.businessCases.deleteBenefit(actor, new ProjectId(id), benefitId, version);
			redirect.addFlashAttribute("saved", "benefit.deleted");
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("problem", "cost.deleteStale");
		}
		return "redirect:/projects/" + id + "/business-case#benefits";
	}

	@PostMapping("/projects/{id}/business-case/rate")
	String setRate(Actor actor, @PathVariable long id, @ModelAttribute("rateForm") RateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		try {
			this.businessCases.setDiscountRate(actor, projectId, form.getRate(), form.getVersion());
			redirect.addFlashAttribute("saved", "businessCase.rateSaved");
			return "redirect:/projects/" + id + "/business-case";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (StaleVersion stale) {
			DiscountRate current = this.businessCases.discountRate(actor, projectId);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			result.reject("conflict.stale");
		}
		model.addAttribute("benefitForm", new BenefitForm());
		return showBusinessCase(actor, projectId, this.businessCases.discountRate(actor, projectId), model);
	}

	@GetMapping("/projects/{id}/earned-value")
	String earnedValue(Actor actor, @PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
		ProjectId projectId = new ProjectId(id);
		LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now() : CostLineRules.parseDate(asOf);
		if (date == null) {
			model.addAttribute("asOfInvalid", true);
			date = LocalDate.now();
		}
		model.addAttribute("project", this.projects.get(actor, projectId));
		model.addAttribute("asOf", date);
		model.addAttribute("ev", this.earnedValues.at(actor, projectId, date));
		model.addAttribute("phases", this.earnedValues.phases(actor, projectId));
		model.addAttribute("budgets", this.earnedValues.budgets(actor, projectId));
		model.addAttribute("chart", Charts.sCurve(this.earnedValues.curve(actor, projectId, date)));
		return "costing/earned-value";
	}

}
