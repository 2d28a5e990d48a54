package com.crmtracker.web.costing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import com.crmtracker.costing.BenefitType;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.CostPage;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.RecurringRuleDraft;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.web.support.Forms;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cost ledger page: filters, paging and the filtered total for everyone who sees the
 * project; entering, editing, deleting, importing lines and recurring rules for finance
 * and admins.
 */
@Controller
class CostPages {

	static final int PAGE_SIZE = 50;

	private final CostLedger ledger;

	private final Projects projects;

	private final ProjectAccess access;

	CostPages(CostLedger ledger, Projects projects, ProjectAccess access) {
		this.ledger = ledger;
		this.projects = projects;
		this.access = access;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("kinds", CostKind.values());
		model.addAttribute("drivers", HiddenCostDriver.values());
		model.addAttribute("purposes", CostPurpose.values());
		model.addAttribute("benefitTypes", BenefitType.values());
	}

	/** Finance and admins change money; everyone else who sees the project reads. */
	static boolean mayChangeMoney(Actor actor) {
		return actor.has(Role.FINANCE) || actor.has(Role.ADMIN);
	}

	@GetMapping("/projects/{id}/costs")
	String ledger(Actor actor, @PathVariable long id, @ModelAttribute("filter") FilterForm filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ProjectSummary project = this.projects.get(actor, new ProjectId(id));
		if (mayChangeMoney(actor)) {
			if (!model.containsAttribute("lineForm")) {
				model.addAttribute("lineForm", new CostLineForm());
			}
			if (!model.containsAttribute("ruleForm")) {
				model.addAttribute("ruleForm", new RuleForm());
			}
		}
		return show(actor, project, filter, page, model);
	}

	private String show(Actor actor, ProjectSummary project, FilterForm filter, int page, Model model) {
		ProjectId id = project.projectId();
		CostFilter costFilter;
		try {
			costFilter = filter.filter();
		}
		catch (InvalidInput invalid) {
			costFilter = CostFilter.none();
			model.addAttribute("filterInvalid", true);
		}
		CostPage found = this.ledger.find(actor, id, costFilter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("project", project);
		model.addAttribute("filter", filter);
		model.addAttribute("costs", found);
		model.addAttribute("mayEdit", mayChangeMoney(actor));
		model.addAttribute("rules", this.ledger.rules(actor, id));
		// suggestions from the page at hand: listing every vendor would scan the whole
		// ledger
		model.addAttribute("vendors", found.content().stream().map(CostLineView::vendor).distinct().sorted().toList());
		model.addAttribute("query", filter.query());
		return "costing/costs";
	}

	@PostMapping("/projects/{id}/costs")
	String create(Actor actor, @PathVariable long id, @ModelAttribute("lineForm") CostLineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		try {
			this.ledger.create(actor, projectId, form.input());
			redirect.addFlashAttribute("saved", "cost.created");
			return "redirect:/projects/" + id + "/costs";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
			model.addAttribute("ruleForm", new RuleForm());
			model.addAttribute("formOpen", true);
			return show(actor, this.projects.get(actor, projectId), new FilterForm(), 0, model);
		}
	}

	@GetMapping("/projects/{id}/costs/{lineId}/edit")
	String edit(Actor actor, @PathVariable long id, @PathVariable long lineId, Model model,
			RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		CostLineView line = this.ledger.get(actor, projectId, lineId);
		if (line.generated()) {
			redirect.addFlashAttribute("problem", "cost.generated");
			return "redirect:/projects/" + id + "/costs";
		}
		model.addAttribute("project", this.projects.get(actor, projectId));
		model.addAttribute("line", line);
		model.addAttribute("lineForm", CostLineForm.of(line));
		return "costing/cost-line";
	}

	@PostMapping("/projects/{id}/costs/{lineId}/edit")
	String update(Actor actor, @PathVariable long id, @PathVariable long lineId,
			@ModelAttribute("lineForm") CostLineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		model.addAttribute("project", this.projects.get(actor, projectId));
		try {
			this.ledger.update(actor, projectId, lineId, form.getVersion(), form.input());
			redirect.addFlashAttribute("saved", "cost.saved");
			return "redirect:/projects/" + id + "/costs";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
		}
		catch (StaleVersion stale) {
			CostLineView current = this.ledger.get(actor, projectId, lineId);
			model.addAttribute("conflict", current);
			form.setVersion(current.version());
			result.reject("conflict.stale");
		}
		model.addAttribute("line", this.ledger.get(actor, projectId, lineId));
		return "costing/cost-line";
	}

	@PostMapping("/projects/{id}/costs/{lineId}/delete")
	String delete(Actor actor, @PathVariable long id, @PathVariable long lineId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.ledger.delete(actor, new ProjectId(id), lineId, version);
			redirect.addFlashAttribute("saved", "cost.deleted");
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("problem", "cost.deleteStale");
		}
		catch (Conflict generated) {
			redirect.addFlashAttribute("problem", "cost.generated");
		}
		return "redirect:/projects/" + id + "/costs";
	}

	@PostMapping("/projects/{id}/costs/import")
	String importFile(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("importErrors", List.of(new ImportProblem(null, "file", "cost.import.noFile")));
			return "redirect:/projects/" + id + "/costs#import";
		}
		try (InputStream in = file.getInputStream()) {
			int imported = CostingParams.isXlsx(file.getOriginalFilename(), file.getContentType())
					? this.ledger.importXlsx(actor, projectId, in) : this.ledger.importCsv(actor, projectId, in);
			redirect.addFlashAttribute("imported", imported);
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("importErrors", new java.util.ArrayList<>(ImportProblem.of(refusal.errors())));
			return "redirect:/projects/" + id + "/costs#import";
		}
		return "redirect:/projects/" + id + "/costs";
	}

	@GetMapping("/projects/{id}/costs/export")
	void export(Actor actor, @PathVariable long id, @ModelAttribute("filter") FilterForm filter,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		ProjectId projectId = new ProjectId(id);
		CostFilter costFilter;
		try {
			costFilter = filter.filter();
		}
		catch (InvalidInput invalid) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		this.ledger.find(actor, projectId, costFilter, 0, 1);
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"cost-lines-" + id + (xlsx ? ".xlsx\"" : ".csv\""));
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			this.ledger.exportXlsx(actor, projectId, costFilter, response.getOutputStream());
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			this.ledger.exportCsv(actor, projectId, costFilter, response.getOutputStream());
		}
	}

	@GetMapping("/projects/{id}/costs/template.{format}")
	void template(Actor actor, @PathVariable long id, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		this.projects.get(actor, new ProjectId(id));
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"cost-lines-template" + (xlsx ? ".xlsx\"" : ".csv\""));
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			CostLedger.xlsxTemplate(response.getOutputStream());
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			CostLedger.csvTemplate(response.getOutputStream());
		}
	}

	@PostMapping("/projects/{id}/costs/rules")
	String createRule(Actor actor, @PathVariable long id, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectId projectId = new ProjectId(id);
		this.access.requireFinance(actor, projectId);
		try {
			BigDecimal percent = parsePercent(form.getPercent());
			this.ledger.createRule(actor, projectId,
					new RecurringRuleDraft(form.getSourceLineId() == null ? -1 : form.getSourceLineId(), percent,
							form.getFromYear() == null ? 0 : form.getFromYear(),
							form.getToYear() == null ? 0 : form.getToYear(),
							CostCategory.parse(form.getCategory()).orElse(null),
							com.crmtracker.costing.CostLineRules.parseCode(LifecycleStage.class, form.getStage()),
							form.getDescription()));
			redirect.addFlashAttribute("saved", "rule.created");
			return "redirect:/projects/" + id + "/costs#rules";
		}
		catch (InvalidInput refusal) {
			Forms.reject(result, refusal);
			model.addAttribute("lineForm", new CostLineForm());
			return show(actor, this.projects.get(actor, projectId), new FilterForm(), 0, model);
		}
	}

	@PostMapping("/projects/{id}/costs/rules/{ruleId}/delete")
	String deleteRule(Actor actor, @PathVariable long id, @PathVariable long ruleId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.ledger.deleteRule(actor, new ProjectId(id), ruleId, version);
			redirect.addFlashAttribute("saved", "rule.deleted");
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("problem", "cost.deleteStale");
		}
		return "redirect:/projects/" + id + "/costs#rules";
	}

	private static BigDecimal parsePercent(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
