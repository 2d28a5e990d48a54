package com.crmtracker.web.dashboard;

import java.util.Locale;

import com.crmtracker.project.ProjectHandle;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board pack behind the dashboard's buttons, for a logged-in browser: download the
 * draft or an issued pack, and issue the pack to the committee.
 */
@Controller
class BoardPackPages {

	private final BoardPacks packs;

	BoardPackPages(BoardPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/projects/{id}/board-pack")
	ResponseEntity<byte[]> boardPack(ProjectHandle project, @RequestParam(required = false) String lang,
			@RequestParam(required = false) Integer number, Locale locale) {
		return pdf(this.packs.render(project, lang == null ? locale.toLanguageTag() : lang, number), project.value(),
				number);
	}

	@PostMapping("/projects/{id}/board-packs")
	String issue(ProjectHandle project, RedirectAttributes redirect) {
		IssuedPack issued = this.packs.issue(project);
		redirect.addFlashAttribute("saved", "pack.issued");
		redirect.addFlashAttribute("issuedNumber", issued.number());
		return "redirect:/projects/" + project.value() + "/dashboard";
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, long id, Integer number) {
		String name = "board-pack-" + id + (number == null ? "-draft" : "-" + number) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf);
	}

}
