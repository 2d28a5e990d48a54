package com.crmtracker.web.costing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.DuplicateImport;
import com.crmtracker.costing.ImportFile;
import com.crmtracker.costing.ImportResult;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.web.support.Requires;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports on the ledger page: a file imported at once, or first kept for a preview (a
 * POST keeps it, the preview page only reads it, a POST commits or discards it); an
 * identical file asks first; an import undone; the templates.
 */
@Controller
class ImportPages {

	private final CostLedger ledger;

	private final ImportUploads uploads;

	private final MessageSource messages;

	ImportPages(CostLedger ledger, ImportUploads uploads, MessageSource messages) {
		this.ledger = ledger;
		this.uploads = uploads;
		this.messages = messages;
	}

	/**
	 * Imports at once; an identical file is kept and the page asks whether to import it
	 * anyway.
	 */
	@PostMapping("/projects/{id}/costs/import")
	String importFile(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String charset,
			RedirectAttributes redirect) throws IOException {
		ImportFile chosen = chosen(file, charset, redirect);
		if (chosen == null) {
			return ledger(project, "#import");
		}
		// a refused file lists its bad rows on the page: the one refusal a page lists
		// itself
		try (InputStream in = file.getInputStream()) {
			done(this.ledger.importFile(project, chosen, in, false), redirect);
			return ledger(project, "#imports");
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("importErrors", new ArrayList<>(ImportProblem.of(refusal.errors())));
		}
		catch (DuplicateImport duplicate) {
			try (InputStream again = file.getInputStream()) {
				String token = this.ledger.stage(project, chosen, again);
				redirect.addFlashAttribute("duplicate", DuplicateNotice.of(duplicate.earlier(), token));
			}
		}
		return ledger(project, "#import");
	}

	/** Keeps the file and shows what importing it would store. */
	@PostMapping("/projects/{id}/costs/imports/preview")
	String upload(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String charset,
			RedirectAttributes redirect) throws IOException {
		ImportFile chosen = chosen(file, charset, redirect);
		if (chosen == null) {
			return ledger(project, "#import");
		}
		try (InputStream in = file.getInputStream()) {
			String token = this.ledger.stage(project, chosen, in);
			return "redirect:/projects/" + project.value() + "/costs/imports/preview/" + token;
		}
	}

	/** What the kept file would store; a read, it changes nothing. */
	@GetMapping("/projects/{id}/costs/imports/preview/{token}")
	String preview(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable String token,
			Model model) {
		model.addAttribute("project", project.project());
		model.addAttribute("token", token);
		model.addAttribute("preview", this.ledger.preview(project, token));
		return "costing/import-preview";
	}

	@PostMapping("/projects/{id}/costs/imports/preview/{token}/commit")
	String commit(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable String token,
			@RequestParam(defaultValue = "false") boolean allowDuplicate, RedirectAttributes redirect) {
		try {
			done(this.ledger.commitStaged(project, token, allowDuplicate), redirect);
			return ledger(project, "#imports");
		}
		catch (InvalidInput | DuplicateImport refused) {
			// the preview shows the errors, or the earlier import and "import anyway"
			return "redirect:/projects/" + project.value() + "/costs/imports/preview/" + token;
		}
	}

	@PostMapping("/projects/{id}/costs/imports/preview/{token}/discard")
	String discard(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable String token,
			RedirectAttributes redirect) {
		this.ledger.discardStaged(project, token);
		redirect.addFlashAttribute("saved", "cost.import.discarded");
		return ledger(project, "#import");
	}

	/** Removes exactly the import's lines. */
	@PostMapping("/projects/{id}/costs/imports/{importId}/undo")
	String undo(@Requires(ProjectRight.CHANGE_MONEY) ProjectHandle project, @PathVariable long importId,
			RedirectAttributes redirect) {
		this.ledger.undoImport(project, importId);
		redirect.addFlashAttribute("saved", "cost.import.undone");
		return ledger(project, "#imports");
	}

	@GetMapping("/projects/{id}/costs/template.{format}")
	void template(ProjectHandle project, @PathVariable String format, HttpServletResponse response) throws IOException {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"cost-lines-template" + (xlsx ? ".xlsx\"" : ".csv\""));
		if (xlsx) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			CostLedger.xlsxTemplate(response.getOutputStream(), this::codeName);
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			CostLedger.csvTemplate(response.getOutputStream());
		}
	}

	/** A code's name as the pages show it: {@code cost.<column>.<code>}. */
	private String codeName(String column, String code, Locale locale) {
		return this.messages.getMessage("cost." + column + "." + code, null, code, locale);
	}

	/** The file and charset chosen, or null with the refusal put on the page. */
	private ImportFile chosen(MultipartFile file, String charset, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("importErrors", List.of(new ImportProblem(null, "file", "cost.import.noFile")));
			return null;
		}
		try {
			return this.uploads.file(file, charset);
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("importErrors", new ArrayList<>(ImportProblem.of(refusal.errors())));
			return null;
		}
	}

	private static void done(ImportResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("imported", result.imported());
		redirect.addFlashAttribute("skippedGenerated", result.skippedGenerated());
	}

	private static String ledger(ProjectHandle project, String anchor) {
		return "redirect:/projects/" + project.value() + "/costs" + anchor;
	}

}
