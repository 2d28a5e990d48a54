package com.crmtracker.web.api;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.web.dashboard.BoardPacks;
import com.crmtracker.web.support.JsonApi;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@JsonApi("/api/v1/projects/{id}/board-pack")
class BoardPackApi {

	private final BoardPacks packs;

	BoardPackApi(BoardPacks packs) {
		this.packs = packs;
	}

	/**
	 * The steering-committee pack of the project as a PDF, in {@code lang} (zh-CN or en).
	 */
	@GetMapping
	ResponseEntity<byte[]> boardPack(ProjectHandle project, @RequestParam(defaultValue = "en") String lang) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("board-pack-" + project.value() + ".pdf").build().toString())
			.body(this.packs.render(project, lang));
	}

}
