package com.crmtracker.web.dashboard;

import java.util.Locale;

import com.crmtracker.project.ProjectHandle;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The board pack behind the dashboard's button, for a logged-in browser. */
@Controller
class BoardPackPages {

	private final BoardPacks packs;

	BoardPackPages(BoardPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/projects/{id}/board-pack")
	ResponseEntity<byte[]> boardPack(ProjectHandle project, @RequestParam(required = false) String lang,
			Locale locale) {
		return pdf(this.packs.render(project, lang == null ? locale.toLanguageTag() : lang), project.value());
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("board-pack-" + id + ".pdf").build().toString())
			.body(pdf);
	}

}
