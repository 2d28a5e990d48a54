package com.crmtracker.web.api;

import java.net.URI;
import java.time.Instant;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.web.dashboard.BoardPacks;
import com.crmtracker.web.dashboard.IssuedPack;
import com.crmtracker.web.support.JsonApi;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@JsonApi("/api/v1/projects/{id}")
class BoardPackApi {

	private final BoardPacks packs;

	BoardPackApi(BoardPacks packs) {
		this.packs = packs;
	}

	/**
	 * The steering-committee pack of the project as a PDF, in {@code lang} (zh-CN or en):
	 * the draft of the next pack, or the issued pack {@code number}. Records nothing.
	 */
	@GetMapping("/board-pack")
	ResponseEntity<byte[]> boardPack(ProjectHandle project, @RequestParam(defaultValue = "en") String lang,
			@RequestParam(required = false) Integer number) {
		String name = "board-pack-" + project.value() + (number == null ? "-draft" : "-" + number) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(this.packs.render(project, lang, number));
	}

	/** Issues the pack to the committee; the next draft lists the decisions after it. */
	@PostMapping("/board-packs")
	ResponseEntity<IssuedJson> issue(ProjectHandle project) {
		IssuedPack issued = this.packs.issue(project);
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/board-pack?number=" + issued.number()))
			.body(new IssuedJson(issued.number(), issued.issuedAt(), issued.issuedBy()));
	}

	record IssuedJson(int number, Instant issuedAt, String issuedBy) {
	}

}
