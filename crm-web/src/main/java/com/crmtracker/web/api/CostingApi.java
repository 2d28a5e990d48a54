package com.crmtracker.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.costing.BenefitInput;
import com.crmtracker.costing.BenefitType;
import com.crmtracker.costing.BenefitView;
import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostImportView;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.CostPage;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.DiscountRate;
import com.crmtracker.costing.DuplicateImport;
import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.costing.EarnedValues;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.ImportResult;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.PurposeShares;
import com.crmtracker.costing.RecurringRuleDraft;
import com.crmtracker.costing.RecurringRuleView;
import com.crmtracker.costing.TcoMatrix;
import com.crmtracker.costing.TcoReport;
import com.crmtracker.costing.TcoReports;
import com.crmtracker.costing.TcoVariance;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Values;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.web.costing.CostingParams;
import com.crmtracker.web.costing.ImportUploads;
import com.crmtracker.web.support.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Costs, import and export, TCO, benefits, business case and earned value (API.md). Every
 * value arrives as text and is checked by the costing module, so that a bad code or
 * amount is a 422 naming its field, never a 400.
 */
@JsonApi("/api/v1/projects/{id}")
@Tag(name = "Costs", description = "Cost ledger, import and export, TCO, benefits, business case, earned value")
class CostingApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CostLedger ledger;

	private final TcoReports tco;

	private final BusinessCases businessCases;

	private final EarnedValues earnedValues;

	private final Clock clock;

	private final ImportUploads uploads;

	CostingApi(CostLedger ledger, TcoReports tco, BusinessCases businessCases, EarnedValues earnedValues, Clock clock,
			ImportUploads uploads) {
		this.uploads = uploads;
		this.clock = clock;
		this.ledger = ledger;
		this.tco = tco;
		this.businessCases = businessCases;
		this.earnedValues = earnedValues;
	}

	@Operation(summary = "Add a cost line (FINANCE)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cost-lines")
	ResponseEntity<CostLineJson> createLine(ProjectHandle project, @RequestBody CostLineBody body) {
		CostLineView line = this.ledger.create(project, body.input());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/cost-lines/" + line.id()))
			.body(CostLineJson.of(line));
	}

	@Operation(summary = "List the cost lines, filtered and paged, with the totals of the filter")
	@GetMapping("/cost-lines")
	CostPageJson lines(ProjectHandle project,
			@Parameter(schema = @Schema(implementation = CostKind.class)) @RequestParam(required = false) String kind,
			@Parameter(schema = @Schema(implementation = CostCategory.class)) @RequestParam(
					required = false) String category,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1")) @RequestParam(
					required = false) String year,
			@Parameter(
					schema = @Schema(type = "integer", format = "int32")) @RequestParam(required = false) String phase,
			@RequestParam(required = false) String vendor,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0",
					defaultValue = "0")) @RequestParam(required = false) String page,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1",
					defaultValue = "20")) @RequestParam(required = false) String size) {
		CostFilter filter = CostingParams.filter(kind, category, year, phase, vendor);
		CostPage found = this.ledger.find(project, filter, CostingParams.number("page", page, 0),
				CostingParams.number("size", size, 20));
		return new CostPageJson(found.content().stream().map(CostLineJson::of).toList(), found.totalElements(),
				new TotalsJson(amount(found.planned()), amount(found.actual()), amount(found.difference())),
				found.page(), found.size());
	}

	@Operation(summary = "Get a cost line")
	@GetMapping("/cost-lines/{lineId}")
	CostLineJson line(ProjectHandle project, @PathVariable long lineId) {
		return CostLineJson.of(this.ledger.get(project, lineId));
	}

	/** Replaces every field of a line; {@code version} is the one read. */
	@Operation(summary = "Replace a cost line (FINANCE), with the version read")
	@PutMapping("/cost-lines/{lineId}")
	CostLineJson replaceLine(ProjectHandle project, @PathVariable long lineId, @RequestBody CostLineBody body) {
		return CostLineJson.of(this.ledger.update(project, lineId, requireVersion(body.version()), body.input()));
	}

	/** Changes the fields given; the others keep their values. */
	@Operation(summary = "Change some fields of a cost line (FINANCE), with the version read")
	@PatchMapping("/cost-lines/{lineId}")
	CostLineJson patchLine(ProjectHandle project, @PathVariable long lineId,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = CostLinePatch.class))) Map<String, Object> body) {
		long version = requireVersion(body.get("version"));
		CostLineInput current = this.ledger.get(project, lineId).input();
		CostLineInput merged = new CostLineInput(pick(body, "category", current.category()),
				pick(body, "stage", current.stage()), pick(body, "kind", current.kind()),
				pick(body, "incurredOn", current.incurredOn()), pick(body, "amount", current.amount()),
				pick(body, "vendor", current.vendor()), pick(body, "description", current.description()),
				pick(body, "phase", current.phase()), pick(body, "driver", current.driver()),
				pick(body, "purpose", current.purpose()));
		return CostLineJson.of(this.ledger.update(project, lineId, version, merged));
	}

	@Operation(summary = "Delete a cost line (FINANCE), with the version read")
	@DeleteMapping("/cost-lines/{lineId}")
	ResponseEntity<Void> deleteLine(ProjectHandle project, @PathVariable long lineId,
			@Parameter(required = true, description = "The version read",
					schema = @Schema(type = "integer", format = "int64")) @RequestParam(
							required = false) String version) {
		this.ledger.delete(project, lineId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Imports a CSV body: UTF-8 unless its Content-Type says {@code charset=GB18030}; its
	 * name from a Content-Disposition header. An identical file answers 409 naming the
	 * earlier import unless {@code allowDuplicate=true}.
	 */
	@Operation(summary = "Import cost lines from a CSV or XLSX file (FINANCE): all rows or none")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = {
					@Content(mediaType = "text/csv",
							schema = @Schema(type = "string",
									description = "CSV with the columns of the export; UTF-8 unless charset=GB18030")),
					@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = CostLineFile.class)) })
	@PostMapping(path = "/cost-lines/import", consumes = "text/csv")
	ImportedJson importCsv(ProjectHandle project, @RequestParam(defaultValue = "false") boolean allowDuplicate,
			HttpServletRequest request) throws IOException {
		try (InputStream body = this.uploads.body(request)) {
			return ImportedJson
				.of(this.ledger.importFile(project, this.uploads.csvBody(request), body, allowDuplicate));
		}
	}

	/** Imports a CSV or XLSX file in the part {@code file}; {@code charset} for CSV. */
	@Operation(summary = "Import cost lines from a CSV or XLSX file (FINANCE): all rows or none")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = {
					@Content(mediaType = "text/csv",
							schema = @Schema(type = "string",
									description = "CSV with the columns of the export; UTF-8 unless charset=GB18030")),
					@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = CostLineFile.class)) })
	@PostMapping(path = "/cost-lines/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportedJson importFile(ProjectHandle project, @RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String charset,
			@RequestParam(defaultValue = "false") boolean allowDuplicate) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "cost.import.noFile", "must be a CSV or XLSX file in the part 'file'");
		}
		try (InputStream in = file.getInputStream()) {
			return ImportedJson
				.of(this.ledger.importFile(project, this.uploads.file(file, charset), in, allowDuplicate));
		}
	}

	@GetMapping("/imports")
	PageJson<ImportJson> imports(ProjectHandle project, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		PageJson.check(page, size);
		return PageJson.of(this.ledger.imports(project).stream().map(ImportJson::of).toList(), page, size);
	}

	/** Removes exactly the lines of the import, in one transaction. */
	@DeleteMapping("/imports/{importId}")
	ResponseEntity<Void> undoImport(ProjectHandle project, @PathVariable long importId) {
		this.ledger.undoImport(project, importId);
		return ResponseEntity.noContent().build();
	}

	/** 409 naming the earlier import of the same file. */
	@ExceptionHandler(DuplicateImport.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateImport ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		problem.setProperty("code", ex.code());
		problem.setProperty("existingImport", ImportJson.of(ex.earlier()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** CSV unless XLSX is asked for (by Accept or {@code ?format=xlsx}). */
	@Operation(summary = "Export the cost lines as CSV or XLSX")
	@ApiResponse(responseCode = "200", description = "The lines in the columns of the import",
			content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/cost-lines/export")
	void export(ProjectHandle project,
			@Parameter(schema = @Schema(type = "string", allowableValues = { "csv", "xlsx" })) @RequestParam(
					required = false) String format,
			@Parameter(schema = @Schema(implementation = CostKind.class)) @RequestParam(required = false) String kind,
			@Parameter(schema = @Schema(implementation = CostCategory.class)) @RequestParam(
					required = false) String category,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1")) @RequestParam(
					required = false) String year,
			@Parameter(schema = @Schema(type = "integer", format = "int32")) @RequestParam(
					required = false) String phase,
			@RequestParam(required = false) String vendor, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		CostFilter filter = CostingParams.filter(kind, category, year, phase, vendor);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean xlsx = "xlsx".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains(XLSX));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"cost-lines-" + project.value() + (xlsx ? ".xlsx" : ".csv") + "\"");
		if (xlsx) {
			response.setContentType(XLSX);
			this.ledger.exportXlsx(project, filter, response.getOutputStream());
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			this.ledger.exportCsv(project, filter, response.getOutputStream());
		}
	}

	@Operation(summary = "List the recurring rules")
	@GetMapping("/recurring-rules")
	List<RuleJson> rules(ProjectHandle project) {
		return this.ledger.rules(project).stream().map(RuleJson::of).toList();
	}

	@Operation(summary = "Add a recurring rule generating planned lines (FINANCE)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/recurring-rules")
	ResponseEntity<RuleJson> createRule(ProjectHandle project, @RequestBody RuleBody body) {
		RecurringRuleView rule = this.ledger.createRule(project, body.draft());
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/recurring-rules/" + rule.id()))
			.body(RuleJson.of(rule));
	}

	@Operation(summary = "Replace a recurring rule (FINANCE), with the version read")
	@PutMapping("/recurring-rules/{ruleId}")
	RuleJson updateRule(ProjectHandle project, @PathVariable long ruleId, @RequestBody RuleBody body) {
		return RuleJson.of(this.ledger.updateRule(project, ruleId, requireVersion(body.version()), body.draft()));
	}

	@Operation(summary = "Delete a recurring rule and its lines (FINANCE)")
	@DeleteMapping("/recurring-rules/{ruleId}")
	ResponseEntity<Void> deleteRule(ProjectHandle project, @PathVariable long ruleId,
			@Parameter(required = true, description = "The version read",
					schema = @Schema(type = "integer", format = "int64")) @RequestParam(
							required = false) String version) {
		this.ledger.deleteRule(project, ruleId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The five-year total cost of ownership")
	@GetMapping("/tco")
	TcoJson tco(ProjectHandle project) {
		TcoReports.TcoWithVariance figures = this.tco.withVariance(project);
		return TcoJson.of(figures.report(), figures.variance());
	}

	@Operation(summary = "List the benefit lines")
	@GetMapping("/benefit-lines")
	List<BenefitJson> benefits(ProjectHandle project) {
		return this.businessCases.benefits(project).stream().map(BenefitJson::of).toList();
	}

	@Operation(summary = "Add a benefit line (FINANCE)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/benefit-lines")
	ResponseEntity<BenefitJson> createBenefit(ProjectHandle project, @RequestBody BenefitBody body) {
		BenefitView created = this.businessCases.createBenefit(project, body.input().draft());
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/benefit-lines/" + created.id()))
			.body(BenefitJson.of(created));
	}

	@Operation(summary = "Replace a benefit line (FINANCE), with the version read")
	@PutMapping("/benefit-lines/{benefitId}")
	BenefitJson updateBenefit(ProjectHandle project, @PathVariable long benefitId, @RequestBody BenefitBody body) {
		return BenefitJson.of(this.businessCases.updateBenefit(project, benefitId, requireVersion(body.version()),
				body.input().draft()));
	}

	@Operation(summary = "Delete a benefit line (FINANCE), with the version read")
	@DeleteMapping("/benefit-lines/{benefitId}")
	ResponseEntity<Void> deleteBenefit(ProjectHandle project, @PathVariable long benefitId,
			@Parameter(required = true, description = "The version read",
					schema = @Schema(type = "integer", format = "int64")) @RequestParam(
							required = false) String version) {
		this.businessCases.deleteBenefit(project, benefitId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The discount rate of the business case")
	@GetMapping("/costing-settings")
	SettingsJson settings(ProjectHandle project) {
		return SettingsJson.of(this.businessCases.discountRate(project));
	}

	/**
	 * Sets the discount rate; {@code version} is the one read (−1 while the default
	 * applies).
	 */
	@Operation(summary = "Set the discount rate (FINANCE), with the version read")
	@PutMapping("/costing-settings")
	SettingsJson changeSettings(ProjectHandle project, @RequestBody SettingsBody body) {
		DiscountRate current = this.businessCases.discountRate(project);
		return SettingsJson
			.of(this.businessCases.setSettings(project, BusinessCases.parseRate(text(body.discountRate())),
					body.crmUsers() == null ? current.crmUsers() : crmUsers(body.crmUsers()),
					requireVersion(body.version())));
	}

	@Operation(summary = "The business case: NPV, ROI, payback, planned or realised")
	@GetMapping("/business-case")
	BusinessCaseJson businessCase(ProjectHandle project,
			@Parameter(schema = @Schema(type = "string", pattern = AmountText.PATTERN, example = "0.08")) @RequestParam(
					required = false) String rate,
			@Parameter(schema = @Schema(implementation = CostKind.class, defaultValue = "PLANNED")) @RequestParam(
					required = false) String view) {
		CostKind kind = view == null || view.isBlank() ? CostKind.PLANNED
				: CostingParams.code(CostKind.class, "view", view);
		BigDecimal r = rate == null || rate.isBlank() ? null : BusinessCases.parseRate(rate);
		return BusinessCaseJson.of(kind, this.businessCases.result(project, kind, r));
	}

	@Operation(summary = "Earned value at a date")
	@GetMapping("/earned-value")
	EarnedValueJson earnedValue(ProjectHandle project, @Parameter(
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String asOf) {
		LocalDate date = Values.blank(asOf) ? LocalDate.now(this.clock) : Values.date(asOf);
		if (date == null) {
			throw InvalidInput.of("asOf", "ev.asOf.invalid", "must be a date YYYY-MM-DD between 1990 and 2100");
		}
		return EarnedValueJson.of(this.earnedValues.at(project, date));
	}

	static long requireVersion(Object version) {
		if (version instanceof Number number) {
			return number.longValue();
		}
		if (version instanceof String s && s.strip().matches("-?\\d{1,18}")) {
			return Long.parseLong(s.strip());
		}
		throw InvalidInput.of("version", "version.required", "must be the version you read (an integer)");
	}

	private static String pick(Map<String, Object> body, String field, String current) {
		if (!body.containsKey(field)) {
			return current;
		}
		return "amount".equals(field) ? amountText(body.get(field)) : text(body.get(field));
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	/**
	 * Amounts travel as JSON strings: a JSON number (a float, which may already have lost
	 * a cent) is refused like any other malformed amount.
	 */
	private static String amountText(Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		return "not a JSON string: " + value;
	}

	static String amount(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** A ratio as a JSON number, to 10 significant digits. */
	static BigDecimal ratio(BigDecimal value) {
		return value == null ? null : plain(value.round(new MathContext(10, RoundingMode.HALF_EVEN)));
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * A cost line as sent. Every value is read by the costing module, so that a bad code
	 * or amount is a 422 naming its field, never a 400; the schema says what each must
	 * be.
	 */
	record CostLineBody(@Schema(implementation = CostCategory.class, requiredMode = REQUIRED) Object category,
			@Schema(implementation = LifecycleStage.class, requiredMode = REQUIRED) Object stage,
			@Schema(implementation = CostKind.class, requiredMode = REQUIRED) Object kind,
			@Schema(type = "string", format = "date", requiredMode = REQUIRED) Object incurredOn,
			@AmountText @Schema(type = "string", requiredMode = REQUIRED) Object amount,
			@Schema(type = "string", requiredMode = REQUIRED, maxLength = 200) Object vendor,
			@Schema(type = "string", nullable = true, maxLength = 500,
					description = "Required for a credit (a negative actual)") Object description,
			@Schema(type = "integer", format = "int32", nullable = true,
					description = "The number of a phase of the plan") Object phase,
			@Schema(implementation = HiddenCostDriver.class, nullable = true) Object driver,
			@Schema(implementation = CostPurpose.class, nullable = true) Object purpose, @Schema(type = "integer",
					format = "int64", description = "The version read (to replace a line)") Object version) {

		CostLineInput input() {
			return new CostLineInput(text(this.category), text(this.stage), text(this.kind), text(this.incurredOn),
					amountText(this.amount), text(this.vendor), text(this.description), text(this.phase),
					text(this.driver), text(this.purpose));
		}

	}

	/**
	 * The fields a PATCH of a cost line may send (the description of the body, which is
	 * read as a map so that an absent field keeps its value and an explicit null clears
	 * it).
	 */
	record CostLinePatch(@Schema(implementation = CostCategory.class) CostCategory category,
			@Schema(implementation = LifecycleStage.class) LifecycleStage stage,
			@Schema(implementation = CostKind.class) CostKind kind, LocalDate incurredOn, @AmountText String amount,
			String vendor, @Schema(nullable = true) String description, @Schema(nullable = true) Integer phase,
			@Schema(nullable = true) HiddenCostDriver driver, @Schema(nullable = true) CostPurpose purpose,
			@Schema(requiredMode = REQUIRED) long version) {
	}

	record CostLineJson(long id, CostCategory category, LifecycleStage stage, CostKind kind, LocalDate incurredOn,
			@AmountText String amount, String vendor, @Schema(nullable = true) String description,
			@Schema(nullable = true) Integer phase, @Schema(nullable = true) HiddenCostDriver driver,
			@Schema(nullable = true) CostPurpose purpose, boolean generated, @Schema(nullable = true) Long ruleId,
			int tcoYear, long version) {

		static CostLineJson of(CostLineView l) {
			return new CostLineJson(l.id(), l.category(), l.stage(), l.kind(), l.incurredOn(),
					l.amount().toPlainString(), l.vendor(), l.description(), l.phase(), l.driver(), l.purpose(),
					l.generated(), l.ruleId(), l.tcoYear(), l.version());
		}

	}

	record CostPageJson(List<CostLineJson> content, long totalElements, TotalsJson totals, int page, int size) {
	}

	/**
	 * The filtered ledger's totals, planned and actual apart, and actual − planned; never
	 * one sum of both kinds.
	 */
	record TotalsJson(@AmountText String planned, @AmountText String actual, @AmountText String difference) {
	}

	record ImportedJson(int imported, long importId, int skippedGenerated) {

		static ImportedJson of(ImportResult result) {
			return new ImportedJson(result.imported(), result.importId(), result.skippedGenerated());
		}

	}

	record ImportJson(long id, @Schema(nullable = true) String fileName, String sha256, int lines, int skippedGenerated,
			String importedBy, String importedAt) {

		static ImportJson of(CostImportView i) {
			return new ImportJson(i.id(), i.fileName(), i.sha256(), i.lines(), i.skippedGenerated(), i.importedBy(),
					i.importedAt().toString());
		}

	}

	/** The multipart form of an import: the part {@code file}, a CSV or XLSX file. */
	record CostLineFile(@Schema(type = "string", format = "binary", requiredMode = REQUIRED) String file) {
	}

	record RuleBody(
			@Schema(type = "integer", format = "int64", requiredMode = REQUIRED,
					description = "The licence line the rule takes a percentage of") Object sourceLineId,
			@Schema(type = "string", pattern = AmountText.PATTERN, requiredMode = REQUIRED,
					example = "20") Object percent,
			@Schema(type = "integer", format = "int32", requiredMode = REQUIRED, minimum = "1",
					maximum = "5") Object fromYear,
			@Schema(type = "integer", format = "int32", minimum = "1", maximum = "5",
					description = "5 when absent") Object toYear,
			@Schema(implementation = CostCategory.class, description = "SOFTWARE when absent") Object category,
			@Schema(implementation = LifecycleStage.class, description = "OPERATION when absent") Object stage,
			@Schema(nullable = true) String description, @Schema(type = "integer", format = "int64",
					description = "The version read (to replace a rule)") Object version) {

		RecurringRuleDraft draft() {
			CostCategory c = this.category == null ? CostCategory.SOFTWARE
					: CostCategory.parse(text(this.category))
						.orElseThrow(() -> InvalidInput.of("category", "cost.category.unknown",
								"must be one of the ten category codes"));
			LifecycleStage s = this.stage == null ? LifecycleStage.OPERATION
					: CostingParams.code(LifecycleStage.class, "stage", text(this.stage));
			BigDecimal p;
			try {
				p = new BigDecimal(text(this.percent));
			}
			catch (RuntimeException ex) {
				throw InvalidInput.of("percent", "rule.percent.invalid", "must be a percentage such as 20");
			}
			return new RecurringRuleDraft(CostingParams.number("sourceLineId", text(this.sourceLineId), -1), p,
					CostingParams.number("fromYear", text(this.fromYear), -1),
					CostingParams.number("toYear", text(this.toYear), TcoReport.HORIZON), c, s, this.description);
		}

	}

	record RuleJson(long id, long sourceLineId, BigDecimal percent, int fromYear, int toYear, CostCategory category,
			LifecycleStage stage, @Schema(nullable = true) String description, long version) {

		static RuleJson of(RecurringRuleView r) {
			return new RuleJson(r.id(), r.sourceLineId(), plain(r.percent()), r.fromYear(), r.toYear(), r.category(),
					r.stage(), r.description(), r.version());
		}

	}

	/**
	 * The TCO as API.md gives it: {@code planned} and {@code actual} map each category
	 * code to its five yearly amounts; {@code variance} gives actual against the plan to
	 * date ({@code toDate}, null in a year not begun) and against the whole five-year
	 * plan ({@code fiveYear}).
	 */
	record TcoJson(String currency,
			@AmountText @Schema(
					description = "Category code → amounts of years 1..5") Map<String, List<String>> planned,
			@AmountText @Schema(description = "Category code → amounts of years 1..5") Map<String, List<String>> actual,
			TcoVarianceJson variance, @AmountText String plannedTotal, @AmountText String actualTotal,
			PlannedActualYears yearTotals, @Schema(nullable = true) BigDecimal initialShare,
			@Schema(nullable = true) BigDecimal ongoingShare, RiskBandJson riskBand, OutsideJson outsideHorizon,
			List<PurposeSharesJson> purposeShares, List<WarningJson> warnings) {

		static TcoJson of(TcoReport r, TcoVariance v) {
			List<PurposeSharesJson> shares = r.purposeShares().stream().map(TcoJson::shares).toList();
			List<WarningJson> warnings = r.warnings()
				.stream()
				.map(w -> new WarningJson(w.code(), w.message()))
				.toList();
			return new TcoJson(r.currency(), matrix(r.planned()), matrix(r.actual()), variance(v),
					r.planned().total().toPlainString(), r.actual().total().toPlainString(),
					new PlannedActualYears(amounts(r.planned().yearTotals()), amounts(r.actual().yearTotals())),
					ratio(r.initialShare()), ratio(r.ongoingShare()),
					new RiskBandJson(r.riskBand().low().toPlainString(), r.riskBand().high().toPlainString()),
					new OutsideJson(r.outsidePlanned().toPlainString(), r.outsideActual().toPlainString()), shares,
					warnings);
		}

		/**
		 * {@code toDate}: actual against the plan to date, null in a year not begun;
		 * {@code fiveYear}: actual against the whole five-year plan.
		 */
		private static TcoVarianceJson variance(TcoVariance v) {
			Map<String, List<String>> cells = new LinkedHashMap<>();
			Map<String, String> categoryTotals = new LinkedHashMap<>();
			Map<String, BigDecimal> categoryPercent = new LinkedHashMap<>();
			Map<String, BigDecimal> fiveYearPercent = new LinkedHashMap<>();
			Map<String, String> fiveYearTotals = new LinkedHashMap<>();
			TcoMatrix whole = v.fiveYear();
			for (CostCategory c : CostCategory.values()) {
				List<String> row = new java.util.ArrayList<>();
				for (int y = 1; y <= TcoReport.HORIZON; y++) {
					row.add(amount(v.toDate(c, y)));
				}
				cells.put(c.name(), row);
				categoryTotals.put(c.name(), amount(v.toDate().rowTotal(c)));
				categoryPercent.put(c.name(), ratio(v.toDatePercent(c)));
				fiveYearPercent.put(c.name(), ratio(v.fiveYearPercent(c)));
				fiveYearTotals.put(c.name(), amount(whole.rowTotal(c)));
			}
			List<String> yearTotals = new java.util.ArrayList<>();
			for (int y = 1; y <= TcoReport.HORIZON; y++) {
				yearTotals.add(amount(v.toDateOfYear(y)));
			}
			VarianceToDateJson toDate = new VarianceToDateJson(v.asOf(), v.yearsBegun(), matrix(v.plannedToDate()),
					cells, categoryTotals, categoryPercent, yearTotals, amount(v.toDate().total()),
					ratio(v.toDateTotalPercent()));
			FiveYearVarianceJson fiveYear = new FiveYearVarianceJson(matrix(v.fiveYearPlan()), matrix(whole),
					fiveYearTotals, fiveYearPercent, amounts(whole.yearTotals()), amount(whole.total()),
					ratio(v.fiveYearTotalPercent()));
			return new TcoVarianceJson(toDate, fiveYear);
		}

		private static Map<String, List<String>> matrix(TcoMatrix m) {
			Map<String, List<String>> rows = new LinkedHashMap<>();
			for (CostCategory c : CostCategory.values()) {
				rows.put(c.name(), amounts(m.row(c)));
			}
			return rows;
		}

		private static List<String> amounts(List<BigDecimal> values) {
			return values.stream().map(v -> v == null ? null : v.toPlainString()).toList();
		}

		private static PurposeSharesJson shares(PurposeShares s) {
			return new PurposeSharesJson(s.year(), ratio(s.plannedKeepRunning()), ratio(s.plannedAdvance()),
					ratio(s.actualKeepRunning()), ratio(s.actualAdvance()));
		}

	}

	record PlannedActualYears(@AmountText List<String> planned, @AmountText List<String> actual) {
	}

	record RiskBandJson(@AmountText String low, @AmountText String high) {
	}

	record OutsideJson(@AmountText String planned, @AmountText String actual) {
	}

	/**
	 * Shares of a TCO year's cost kept running and spent on advance (null without cost).
	 */
	record PurposeSharesJson(int year, @Schema(nullable = true) BigDecimal plannedKeepRunning,
			@Schema(nullable = true) BigDecimal plannedAdvance, @Schema(nullable = true) BigDecimal actualKeepRunning,
			@Schema(nullable = true) BigDecimal actualAdvance) {
	}

	/**
	 * A warning: its code (SPLIT_OUTSIDE_BENCHMARK, NO_PLANNED_TRAINING, ...) and text.
	 */
	record WarningJson(String code, String message) {
	}

	/** Actual against the plan to date and against the whole five-year plan. */
	record TcoVarianceJson(VarianceToDateJson toDate, FiveYearVarianceJson fiveYear) {
	}

	/**
	 * Actual − planned to date (planned lines dated on or before {@code asOf}); a year
	 * not begun has null cells.
	 */
	record VarianceToDateJson(java.time.LocalDate asOf, int yearsBegun, @AmountText @Schema(
			description = "Category code → planned to date of years 1..5") Map<String, List<String>> plannedToDate,
			@AmountText @Schema(description = "Category code → actual − planned to date of years 1..5 "
					+ "(null for a year not begun)") Map<String, List<String>> byCategory,
			@AmountText Map<String, String> categoryTotals,
			@Schema(description = "Category code → variance / planned to date (null without a plan to date)") Map<String, BigDecimal> categoryPercent,
			@AmountText @Schema(description = "Years 1..5, null for a year not begun") List<String> yearTotals,
			@AmountText String total, @Schema(nullable = true) BigDecimal percent) {
	}

	/** Actual − the whole five-year plan, labelled as such on the page. */
	record FiveYearVarianceJson(@AmountText Map<String, List<String>> plan,
			@AmountText Map<String, List<String>> byCategory, @AmountText Map<String, String> categoryTotals,
			Map<String, BigDecimal> categoryPercent, @AmountText List<String> yearTotals, @AmountText String total,
			@Schema(nullable = true) BigDecimal percent) {
	}

	record BenefitBody(
			@Schema(type = "integer", format = "int32", minimum = "1", maximum = "5",
					requiredMode = REQUIRED) Object year,
			@Schema(implementation = CostKind.class, requiredMode = REQUIRED) Object kind,
			@Schema(implementation = BenefitType.class, requiredMode = REQUIRED) Object type,
			@AmountText @Schema(type = "string", requiredMode = REQUIRED) Object amount,
			@Schema(type = "string", requiredMode = REQUIRED, maxLength = 500) Object description,
			@Schema(type = "integer", format = "int64",
					description = "The version read (to replace a line)") Object version) {

		BenefitInput input() {
			return new BenefitInput(text(this.year), text(this.kind), text(this.type), amountText(this.amount),
					text(this.description));
		}

	}

	record BenefitJson(long id, int year, CostKind kind, BenefitType type, @AmountText String amount,
			@Schema(nullable = true) String description, long version) {

		static BenefitJson of(BenefitView b) {
			return new BenefitJson(b.id(), b.year(), b.kind(), b.type(), b.amount().toPlainString(), b.description(),
					b.version());
		}

	}

	/** A number of CRM users as JSON gives it: a whole number (a string of one too). */
	static Integer crmUsers(Object value) {
		if (value instanceof Integer users) {
			return users;
		}
		if (value instanceof String text && text.strip().matches("\\d{1,9}")) {
			return Integer.valueOf(text.strip());
		}
		throw com.crmtracker.domain.InvalidInput.of("crmUsers", "businessCase.crmUsers.invalid",
				"must be a whole number of users from 1 to " + DiscountRate.MAX_CRM_USERS);
	}

	/**
	 * The business-case settings; {@code crmUsers} left out keeps the number set before.
	 */
	record SettingsBody(
			@Schema(type = "string", pattern = AmountText.PATTERN, requiredMode = REQUIRED,
					example = "0.08") Object discountRate,
			@Schema(type = "integer", format = "int32", minimum = "1", nullable = true,
					description = "The number of CRM users; left out keeps the number set before") Object crmUsers,
			@Schema(type = "integer", format = "int64", requiredMode = REQUIRED,
					description = "The version read (-1 while the default applies)") Object version) {
	}

	record SettingsJson(BigDecimal discountRate,
			@Schema(nullable = true, description = "Null until the number of CRM users is set") Integer crmUsers,
			long version) {

		static SettingsJson of(DiscountRate rate) {
			return new SettingsJson(plain(rate.rate()), rate.crmUsers(), rate.version());
		}

	}

	/**
	 * The business case as the API gives it; {@code reason} ({@code {code, message}})
	 * says why a realised case has no ROI and no payback (null otherwise).
	 */
	record BusinessCaseJson(CostKind view, BigDecimal rate, @AmountText String npv,
			@Schema(nullable = true) BigDecimal roi,
			@Schema(nullable = true, description = "Null when not within five years") BigDecimal paybackYears,
			@Schema(nullable = true, description = "Why there is no payback") ReasonJson paybackReason,
			@Schema(nullable = true,
					description = "Null when not within five years at the rate") BigDecimal discountedPaybackYears,
			@Schema(nullable = true,
					description = "Why there is no discounted payback") ReasonJson discountedPaybackReason,
			@Schema(nullable = true, description = "Null when the net flows do not change sign once") BigDecimal irr,
			@Schema(nullable = true, description = "Why there is no IRR") ReasonJson irrReason,
			@Schema(nullable = true) Integer crmUsers,
			@AmountText @Schema(nullable = true,
					description = "Planned five-year TCO / CRM users; null without users") String tcoPerUser,
			@AmountText List<String> netByYear, @AmountText List<String> costs, @AmountText List<String> benefits,
			@AmountText List<String> cumulativeNet, @AmountText List<String> discountedNet,
			@Schema(nullable = true, description = "Why a realised case has no ROI and no payback") ReasonJson reason) {

		static BusinessCaseJson of(CostKind view, BusinessCaseResult r) {
			return new BusinessCaseJson(view, plain(r.rate()), amount(r.npv()), ratio(r.roi()), ratio(r.paybackYears()),
					missing(r.paybackMissing()), ratio(r.discountedPaybackYears()),
					missing(r.discountedPaybackMissing()), ratio(r.irr()), missing(r.irrMissing()), r.crmUsers(),
					amount(r.tcoPerUser()), r.netByYear().stream().map(CostingApi::amount).toList(),
					r.costs().stream().map(CostingApi::amount).toList(),
					r.benefits().stream().map(CostingApi::amount).toList(),
					r.cumulativeNet().stream().map(CostingApi::amount).toList(),
					r.discountedNet().stream().map(CostingApi::amount).toList(),
					r.unavailable() == null ? null : new ReasonJson(r.unavailable().name(), r.unavailable().message()));
		}

		private static ReasonJson missing(BusinessCaseResult.Missing missing) {
			return missing == null ? null : new ReasonJson(missing.name(), missing.message());
		}

	}

	record ReasonJson(String code, String message) {
	}

	/**
	 * Earned value as the API gives it: amounts as strings rounded to cents, indices as
	 * numbers; a figure whose divisor is zero is null.
	 */
	record EarnedValueJson(LocalDate asOf, @AmountText String bac, @AmountText String pv, @AmountText String ev,
			@AmountText String ac, @Schema(nullable = true) BigDecimal cpi, @Schema(nullable = true) BigDecimal spi,
			@AmountText @Schema(nullable = true) String eac, @AmountText String sv, @AmountText String cv,
			@AmountText String eacAtypical, @AmountText @Schema(nullable = true) String eacCombined,
			@AmountText @Schema(nullable = true) String etc, @AmountText @Schema(nullable = true) String vac,
			@Schema(nullable = true) BigDecimal tcpi) {

		static EarnedValueJson of(EarnedValueResult r) {
			return new EarnedValueJson(r.asOf(), amount(r.bac()), amount(r.pv()), amount(r.ev()), amount(r.ac()),
					ratio(r.cpi()), ratio(r.spi()), amount(r.eac()), amount(r.sv()), amount(r.cv()),
					amount(r.eacAtypical()), amount(r.eacCombined()), amount(r.etc()), amount(r.vac()),
					ratio(r.tcpi()));
		}

	}

}
