package com.crmtracker.web.costing;

import java.io.IOException;

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
import com.crmtracker.domain.Conflict;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.support.Requires;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	CostPages(CostLedger ledger) {
		this.ledger = ledger;
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

	@GetMapping("/projects/{id}/costs")
	String ledger(ProjectHandle project, @Valid @ModelAttribute("filter") FilterCommand filter,
			BindingResult filterResult, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "new", required = false) String newLine, Model model) {
		if (project.may(ProjectRight.CHANGE_MONEY)) {
			// the top's "new line" link opens the form
			if (newLine != null) {
				model.addAttribute("formOpen", true);
			}
			if (!model.containsAttribute("lineForm")) {
				model.addAttribute("lineForm", CostLineCommand.blank());
			}
			if (!model.containsAttribute("ruleForm")) {
				model.addAttribute("ruleForm", RuleCommand.blank());
			}
		}
		return show(project, filterResult.hasErrors() ? null : filter, page, model);
	}

	/** The ledger page; a null filter is one the address got wrong, shown as "all". */
	private String show(ProjectHandle project, FilterCommand filter, int page, Model model) {
		CostFilter costFilter = filter == null ? CostFilter.none() : filter.filter();
		if (filter == null) {
			model.addAttribute("filterInvalid", true);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "filter");
		}
		FilterCommand shown = filter == null ? FilterCommand.none() : filter;
		CostPage found = this.ledger.find(project, costFilter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("project", project.project());
		model.addAttribute("filter", shown);
		model.addAttribute("costs", found);
		model.addAttribute("mayEdit", project.may(ProjectRight.CHANGE_MONEY));
		model.addAttribute("rules", this.ledger.rules(project));
		if (project.may(ProjectRight.CHANGE_MONEY)) {
			model.addAttribute("imports", this.ledger.imports(project));
		}
		// suggestions from the page at hand: listing every vendor would scan the whole
		// ledger
		model.addAttribute("vendors", found.content().stream().map(CostLineView::vendor).distinct().sorted().toList());
		model.addAttribute("query", shown.query());
		return "costing/costs";
	}

	@PostMapping("/projects/{id}/costs")
	String create(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@Valid @ModelAttribute("lineForm") CostLineCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model)
			.rules(f -> this.ledger.check(project, f.draft()))
			.save(f -> this.ledger.create(project, f.draft()))
			.saved()) {
			redirect.addFlashAttribute("saved", "cost.created");
			return "redirect:/projects/" + project.value() + "/costs";
		}
		model.addAttribute("ruleForm", RuleCommand.blank());
		model.addAttribute("formOpen", true);
		return show(project, FilterCommand.none(), 0, model);
	}

	@GetMapping("/projects/{id}/costs/{lineId}/edit")
	String edit(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long lineId, Model model) {
		CostLineView line = this.ledger.get(project, lineId);
		if (line.generated()) {
			throw new Conflict("cost.generated",
					"This line is generated by a recurring rule: change the rule or its source line instead");
		}
		model.addAttribute("project", project.project());
		model.addAttribute("line", line);
		model.addAttribute("lineForm", CostLineCommand.of(line));
		return "costing/cost-line";
	}

	@PostMapping("/projects/{id}/costs/{lineId}/edit")
	String update(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long lineId,
			@Valid @ModelAttribute("lineForm") CostLineCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Forms.Outcome outcome = Forms.bind(form, result, model)
			.rules(f -> this.ledger.check(project, f.draft()))
			.save(f -> this.ledger.update(project, lineId, f.versionRead(), f.draft()));
		if (outcome.saved()) {
			redirect.addFlashAttribute("saved", "cost.saved");
			return "redirect:/projects/" + project.value() + "/costs";
		}
		CostLineView current = this.ledger.get(project, lineId);
		if (outcome == Forms.Outcome.STALE) {
			// the conflict view: their values, and their version to save over them
			model.addAttribute("conflict", current);
		}
		model.addAttribute("project", project.project());
		model.addAttribute("line", current);
		return "costing/cost-line";
	}

	/** What a deletion would remove, asked before it happens; works without a script. */
	@GetMapping("/projects/{id}/costs/{lineId}/delete")
	String confirmDelete(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long lineId,
			Model model) {
		CostLineView line = this.ledger.get(project, lineId);
		model.addAttribute("project", project.project());
		model.addAttribute("line", line);
		model.addAttribute("rules",
				this.ledger.rules(project).stream().filter(r -> r.sourceLineId() == lineId).toList());
		return "costing/delete-line";
	}

	/**
	 * A stale version or a generated line is refused by the 409 page; the message after
	 * it offers to undo.
	 */
	@PostMapping("/projects/{id}/costs/{lineId}/delete")
	String delete(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long lineId,
			@RequestParam long version, RedirectAttributes redirect) {
		this.ledger.delete(project, lineId, version);
		redirect.addFlashAttribute("saved", "cost.deleted");
		redirect.addFlashAttribute("undo", "/projects/" + project.value() + "/costs/" + lineId + "/undo-delete");
		return "redirect:/projects/" + project.value() + "/costs";
	}

	/** Puts a line deleted a few minutes ago back; later, the 409 page says why not. */
	@PostMapping("/projects/{id}/costs/{lineId}/undo-delete")
	String undoDelete(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long lineId,
			RedirectAttributes redirect) {
		this.ledger.undoDelete(project, lineId);
		redirect.addFlashAttribute("saved", "cost.restored");
		return "redirect:/projects/" + project.value() + "/costs#line-" + lineId;
	}

	@GetMapping("/projects/{id}/costs/export")
	void export(ProjectHandle project, @Valid @ModelAttribute("filter") FilterCommand filter, BindingResult result,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"cost-lines-" + project.value() + (xlsx ? ".xlsx\"" : ".csv\""));
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			this.ledger.exportXlsx(project, filter.filter(), response.getOutputStream());
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			this.ledger.exportCsv(project, filter.filter(), response.getOutputStream());
		}
	}

	@PostMapping("/projects/{id}/costs/rules")
	String createRule(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@Valid @ModelAttribute("ruleForm") RuleCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.bind(form, result, model)
			.rules(f -> this.ledger.checkRule(project, f.draft()))
			.save(f -> this.ledger.createRule(project, f.draft()))
			.saved()) {
			redirect.addFlashAttribute("saved", "rule.created");
			return "redirect:/projects/" + project.value() + "/costs#rules";
		}
		model.addAttribute("lineForm", CostLineCommand.blank());
		return show(project, FilterCommand.none(), 0, model);
	}

	/** A stale version is refused by the 409 page. */
	@PostMapping("/projects/{id}/costs/rules/{ruleId}/delete")
	String deleteRule(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long ruleId,
			@RequestParam long version, RedirectAttributes redirect) {
		this.ledger.deleteRule(project, ruleId, version);
		redirect.addFlashAttribute("saved", "rule.deleted");
		return "redirect:/projects/" + project.value() + "/costs#rules";
	}

}
