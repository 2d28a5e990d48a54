package com.crmtracker.web.api;

import java.net.URI;
import java.time.Instant;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.web.dashboard.BoardPacks;
import com.crmtracker.web.dashboard.IssuedPack;
import com.crmtracker.web.support.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@Tag(name = "Board pack", description = "The steering-committee pack as PDF")
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
	@Operation(summary = "The board pack as PDF: the draft of the next, or an issued one")
	@ApiResponse(responseCode = "200", description = "The pack",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/board-pack")
	ResponseEntity<byte[]> boardPack(ProjectHandle project, @Parameter(
			schema = @Schema(allowableValues = { "en", "zh-CN" })) @RequestParam(defaultValue = "en") String lang,
			@RequestParam(required = false) Integer number) {
		String name = "board-pack-" + project.value() + (number == null ? "-draft" : "-" + number) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(this.packs.render(project, lang, number));
	}

	/** Issues the pack to the committee; the next draft lists the decisions after it. */
	@Operation(summary = "Issue the board pack to the committee (STEERING, its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
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
