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
import com.crmtracker.costing.BenefitView;
import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.CostPage;
import com.crmtracker.costing.DiscountRate;
import com.crmtracker.costing.EarnedValueResult;
import com.crmtracker.costing.EarnedValues;
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
import com.crmtracker.web.support.JsonApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Costs, import and export, TCO, benefits, business case and earned value (API.md). Every
 * value arrives as text and is checked by the costing module, so that a bad code or
 * amount is a 422 naming its field, never a 400.
 */
@JsonApi("/api/v1/projects/{id}")
class CostingApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CostLedger ledger;

	private final TcoReports tco;

	private final BusinessCases businessCases;

	private final EarnedValues earnedValues;

	private final Clock clock;

	CostingApi(CostLedger ledger, TcoReports tco, BusinessCases businessCases, EarnedValues earnedValues, Clock clock) {
		this.clock = clock;
		this.ledger = ledger;
		this.tco = tco;
		this.businessCases = businessCases;
		this.earnedValues = earnedValues;
	}

	@PostMapping("/cost-lines")
	ResponseEntity<CostLineJson> createLine(ProjectHandle project, @RequestBody CostLineBody body) {
		CostLineView line = this.ledger.create(project, body.input());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/cost-lines/" + line.id()))
			.body(CostLineJson.of(line));
	}

	@GetMapping("/cost-lines")
	CostPageJson lines(ProjectHandle project, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String category, @RequestParam(required = false) String year,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String vendor,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		CostFilter filter = CostingParams.filter(kind, category, year, phase, vendor);
		CostPage found = this.ledger.find(project, filter, CostingParams.number("page", page, 0),
				CostingParams.number("size", size, 20));
		return new CostPageJson(found.content().stream().map(CostLineJson::of).toList(), found.totalElements(),
				new TotalsJson(amount(found.planned()), amount(found.actual()), amount(found.difference())),
				found.page(), found.size());
	}

	@GetMapping("/cost-lines/{lineId}")
	CostLineJson line(ProjectHandle project, @PathVariable long lineId) {
		return CostLineJson.of(this.ledger.get(project, lineId));
	}

	/** Replaces every field of a line; {@code version} is the one read. */
	@PutMapping("/cost-lines/{lineId}")
	CostLineJson replaceLine(ProjectHandle project, @PathVariable long lineId, @RequestBody CostLineBody body) {
		return CostLineJson.of(this.ledger.update(project, lineId, requireVersion(body.version()), body.input()));
	}

	/** Changes the fields given; the others keep their values. */
	@PatchMapping("/cost-lines/{lineId}")
	CostLineJson patchLine(ProjectHandle project, @PathVariable long lineId, @RequestBody Map<String, Object> body) {
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

	@DeleteMapping("/cost-lines/{lineId}")
	ResponseEntity<Void> deleteLine(ProjectHandle project, @PathVariable long lineId,
			@RequestParam(required = false) String version) {
		this.ledger.delete(project, lineId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/cost-lines/import", consumes = "text/csv")
	ImportedJson importCsv(ProjectHandle project, HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return new ImportedJson(this.ledger.importCsv(project, body));
		}
	}

	@PostMapping(path = "/cost-lines/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportedJson importFile(ProjectHandle project, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "cost.import.noFile", "must be a CSV or XLSX file in the part 'file'");
		}
		try (InputStream in = file.getInputStream()) {
			int imported = CostingParams.isXlsx(file.getOriginalFilename(), file.getContentType())
					? this.ledger.importXlsx(project, in) : this.ledger.importCsv(project, in);
			return new ImportedJson(imported);
		}
	}

	/** CSV unless XLSX is asked for (by Accept or {@code ?format=xlsx}). */
	@GetMapping("/cost-lines/export")
	void export(ProjectHandle project, @RequestParam(required = false) String format,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String year, @RequestParam(required = false) String phase,
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

	@GetMapping("/recurring-rules")
	List<RuleJson> rules(ProjectHandle project) {
		return this.ledger.rules(project).stream().map(RuleJson::of).toList();
	}

	@PostMapping("/recurring-rules")
	ResponseEntity<RuleJson> createRule(ProjectHandle project, @RequestBody RuleBody body) {
		RecurringRuleView rule = this.ledger.createRule(project, body.draft());
		return ResponseEntity.status(HttpStatus.CREATED).body(RuleJson.of(rule));
	}

	@PutMapping("/recurring-rules/{ruleId}")
	RuleJson updateRule(ProjectHandle project, @PathVariable long ruleId, @RequestBody RuleBody body) {
		return RuleJson.of(this.ledger.updateRule(project, ruleId, requireVersion(body.version()), body.draft()));
	}

	@DeleteMapping("/recurring-rules/{ruleId}")
	ResponseEntity<Void> deleteRule(ProjectHandle project, @PathVariable long ruleId,
			@RequestParam(required = false) String version) {
		this.ledger.deleteRule(project, ruleId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tco")
	TcoJson tco(ProjectHandle project) {
		return TcoJson.of(this.tco.report(project), this.tco.variance(project));
	}

	@GetMapping("/benefit-lines")
	List<BenefitJson> benefits(ProjectHandle project) {
		return this.businessCases.benefits(project).stream().map(BenefitJson::of).toList();
	}

	@PostMapping("/benefit-lines")
	ResponseEntity<BenefitJson> createBenefit(ProjectHandle project, @RequestBody BenefitBody body) {
		BenefitView created = this.businessCases.createBenefit(project, body.input().draft());
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/benefit-lines/" + created.id()))
			.body(BenefitJson.of(created));
	}

	@PutMapping("/benefit-lines/{benefitId}")
	BenefitJson updateBenefit(ProjectHandle project, @PathVariable long benefitId, @RequestBody BenefitBody body) {
		return BenefitJson.of(this.businessCases.updateBenefit(project, benefitId, requireVersion(body.version()),
				body.input().draft()));
	}

	@DeleteMapping("/benefit-lines/{benefitId}")
	ResponseEntity<Void> deleteBenefit(ProjectHandle project, @PathVariable long benefitId,
			@RequestParam(required = false) String version) {
		this.businessCases.deleteBenefit(project, benefitId, requireVersion(version));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/costing-settings")
	SettingsJson settings(ProjectHandle project) {
		return SettingsJson.of(this.businessCases.discountRate(project));
	}

	/**
	 * Sets the discount rate; {@code version} is the one read (−1 while the default
	 * applies).
	 */
	@PutMapping("/costing-settings")
	SettingsJson changeSettings(ProjectHandle project, @RequestBody SettingsBody body) {
		DiscountRate current = this.businessCases.discountRate(project);
		return SettingsJson
			.of(this.businessCases.setSettings(project, BusinessCases.parseRate(text(body.discountRate())),
					body.crmUsers() == null ? current.crmUsers() : crmUsers(body.crmUsers()),
					requireVersion(body.version())));
	}

	@GetMapping("/business-case")
	BusinessCaseJson businessCase(ProjectHandle project, @RequestParam(required = false) String rate,
			@RequestParam(required = false) String view) {
		CostKind kind = view == null || view.isBlank() ? CostKind.PLANNED
				: CostingParams.code(CostKind.class, "view", view);
		BigDecimal r = rate == null || rate.isBlank() ? null : BusinessCases.parseRate(rate);
		return BusinessCaseJson.of(kind, this.businessCases.result(project, kind, r));
	}

	@GetMapping("/earned-value")
	EarnedValueJson earnedValue(ProjectHandle project, @RequestParam(required = false) String asOf) {
		LocalDate date = Values.blank(asOf) ? LocalDate.now(this.clock) : Values.date(asOf);
		if (date == null) {
			throw InvalidInput.of("asOf", "ev.asOf.invalid", "must be a date YYYY-MM-DD between 1990 and 2100");
		}
		return EarnedValueJson.of(this.earnedValues.at(project, date));
	}

	private static long requireVersion(Object version) {
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

	private static String text(Object value) {
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

	record CostLineBody(Object category, Object stage, Object kind, Object incurredOn, Object amount, Object vendor,
			Object description, Object phase, Object driver, Object purpose, Object version) {

		CostLineInput input() {
			return new CostLineInput(text(this.category), text(this.stage), text(this.kind), text(this.incurredOn),
					amountText(this.amount), text(this.vendor), text(this.description), text(this.phase),
					text(this.driver), text(this.purpose));
		}

	}

	record CostLineJson(long id, String category, String stage, String kind, LocalDate incurredOn, String amount,
			String vendor, String description, Integer phase, String driver, String purpose, boolean generated,
			Long ruleId, int tcoYear, long version) {

		static CostLineJson of(CostLineView l) {
			return new CostLineJson(l.id(), l.category().name(), l.stage().name(), l.kind().name(), l.incurredOn(),
					l.amount().toPlainString(), l.vendor(), l.description(), l.phase(),
					l.driver() == null ? null : l.driver().name(), l.purpose() == null ? null : l.purpose().name(),
					l.generated(), l.ruleId(), l.tcoYear(), l.version());
		}

	}

	record CostPageJson(List<CostLineJson> content, long totalElements, TotalsJson totals, int page, int size) {
	}

	/**
	 * The filtered ledger's totals, planned and actual apart, and actual − planned; never
	 * one sum of both kinds.
	 */
	record TotalsJson(String planned, String actual, String difference) {
	}

	record ImportedJson(int imported) {
	}

	record RuleBody(Object sourceLineId, Object percent, Object fromYear, Object toYear, Object category, Object stage,
			String description, Object version) {

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

	record RuleJson(long id, long sourceLineId, BigDecimal percent, int fromYear, int toYear, String category,
			String stage, String description, long version) {

		static RuleJson of(RecurringRuleView r) {
			return new RuleJson(r.id(), r.sourceLineId(), plain(r.percent()), r.fromYear(), r.toYear(),
					r.category().name(), r.stage().name(), r.description(), r.version());
		}

	}

	record TcoJson(String currency, Map<String, List<String>> planned, Map<String, List<String>> actual,
			Map<String, Object> variance, String plannedTotal, String actualTotal, Map<String, List<String>> yearTotals,
			BigDecimal initialShare, BigDecimal ongoingShare, Map<String, String> riskBand,
			Map<String, String> outsideHorizon, List<Map<String, Object>> purposeShares,
			List<Map<String, Object>> warnings) {

		static TcoJson of(TcoReport r, TcoVariance v) {
			List<Map<String, Object>> shares = r.purposeShares().stream().map(TcoJson::shares).toList();
			List<Map<String, Object>> warnings = r.warnings().stream().map(w -> {
				Map<String, Object> warning = new LinkedHashMap<>();
				warning.put("code", w.code());
				warning.put("message", w.message());
				return warning;
			}).toList();
			return new TcoJson(r.currency(), matrix(r.planned()), matrix(r.actual()), variance(v),
					r.planned().total().toPlainString(), r.actual().total().toPlainString(),
					Map.of("planned", amounts(r.planned().yearTotals()), "actual", amounts(r.actual().yearTotals())),
					ratio(r.initialShare()), ratio(r.ongoingShare()),
					Map.of("low", r.riskBand().low().toPlainString(), "high", r.riskBand().high().toPlainString()),
					Map.of("planned", r.outsidePlanned().toPlainString(), "actual", r.outsideActual().toPlainString()),
					shares, warnings);
		}

		/**
		 * {@code toDate}: actual against the plan to date, null in a year not begun;
		 * {@code fiveYear}: actual against the whole five-year plan.
		 */
		private static Map<String, Object> variance(TcoVariance v) {
			Map<String, Object> toDate = new LinkedHashMap<>();
			toDate.put("asOf", v.asOf().toString());
			toDate.put("yearsBegun", v.yearsBegun());
			toDate.put("plannedToDate", matrix(v.plannedToDate()));
			Map<String, List<String>> cells = new LinkedHashMap<>();
			Map<String, String> categoryTotals = new LinkedHashMap<>();
			Map<String, BigDecimal> categoryPercent = new LinkedHashMap<>();
			Map<String, BigDecimal> fiveYearPercent = new LinkedHashMap<>();
			for (CostCategory c : CostCategory.values()) {
				List<String> row = new java.util.ArrayList<>();
				for (int y = 1; y <= TcoReport.HORIZON; y++) {
					row.add(amount(v.toDate(c, y)));
				}
				cells.put(c.name(), row);
				categoryTotals.put(c.name(), amount(v.toDate().rowTotal(c)));
				categoryPercent.put(c.name(), ratio(v.toDatePercent(c)));
				fiveYearPercent.put(c.name(), ratio(v.fiveYearPercent(c)));
			}
			List<String> yearTotals = new java.util.ArrayList<>();
			for (int y = 1; y <= TcoReport.HORIZON; y++) {
				yearTotals.add(amount(v.toDateOfYear(y)));
			}
			toDate.put("byCategory", cells);
			toDate.put("categoryTotals", categoryTotals);
			toDate.put("categoryPercent", categoryPercent);
			toDate.put("yearTotals", yearTotals);
			toDate.put("total", amount(v.toDate().total()));
			toDate.put("percent", ratio(v.toDateTotalPercent()));
			Map<String, Object> fiveYear = new LinkedHashMap<>();
			TcoMatrix whole = v.fiveYear();
			fiveYear.put("plan", matrix(v.fiveYearPlan()));
			fiveYear.put("byCategory", matrix(whole));
			Map<String, String> fiveYearTotals = new LinkedHashMap<>();
			for (CostCategory c : CostCategory.values()) {
				fiveYearTotals.put(c.name(), amount(whole.rowTotal(c)));
			}
			fiveYear.put("categoryTotals", fiveYearTotals);
			fiveYear.put("categoryPercent", fiveYearPercent);
			fiveYear.put("yearTotals", amounts(whole.yearTotals()));
			fiveYear.put("total", amount(whole.total()));
			fiveYear.put("percent", ratio(v.fiveYearTotalPercent()));
			Map<String, Object> both = new LinkedHashMap<>();
			both.put("toDate", toDate);
			both.put("fiveYear", fiveYear);
			return both;
		}

		private static Map<String, List<String>> matrix(TcoMatrix m) {
			Map<String, List<String>> rows = new LinkedHashMap<>();
			for (CostCategory c : CostCategory.values()) {
				rows.put(c.name(), amounts(m.row(c)));
			}
			return rows;
		}

		private static List<String> amounts(List<BigDecimal> values) {
			return values.stream().map(BigDecimal::toPlainString).toList();
		}

		private static Map<String, Object> shares(PurposeShares s) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("year", s.year());
			map.put("plannedKeepRunning", ratio(s.plannedKeepRunning()));
			map.put("plannedAdvance", ratio(s.plannedAdvance()));
			map.put("actualKeepRunning", ratio(s.actualKeepRunning()));
			map.put("actualAdvance", ratio(s.actualAdvance()));
			return map;
		}

	}

	record BenefitBody(Object year, Object kind, Object type, Object amount, Object description, Object version) {

		BenefitInput input() {
			return new BenefitInput(text(this.year), text(this.kind), text(this.type), amountText(this.amount),
					text(this.description));
		}

	}

	record BenefitJson(long id, int year, String kind, String type, String amount, String description, long version) {

		static BenefitJson of(BenefitView b) {
			return new BenefitJson(b.id(), b.year(), b.kind().name(), b.type().name(), b.amount().toPlainString(),
					b.description(), b.version());
		}

	}

	/** A number of CRM users as JSON gives it: a whole number (a string of one too). */
	private static Integer crmUsers(Object value) {
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
	record SettingsBody(Object discountRate, Object crmUsers, Object version) {
	}

	record SettingsJson(BigDecimal discountRate, Integer crmUsers, long version) {

		static SettingsJson of(DiscountRate rate) {
			return new SettingsJson(plain(rate.rate()), rate.crmUsers(), rate.version());
		}

	}

	/**
	 * The business case as the API gives it; {@code reason} ({@code {code, message}})
	 * says why a realised case has no ROI and no payback (null otherwise).
	 */
	record BusinessCaseJson(String view, BigDecimal rate, String npv, BigDecimal roi, BigDecimal paybackYears,
			Map<String, String> paybackReason, BigDecimal discountedPaybackYears,
			Map<String, String> discountedPaybackReason, BigDecimal irr, Map<String, String> irrReason,
			Integer crmUsers, String tcoPerUser, List<String> netByYear, List<String> costs, List<String> benefits,
			List<String> cumulativeNet, List<String> discountedNet, Map<String, String> reason) {

		static BusinessCaseJson of(CostKind view, BusinessCaseResult r) {
			return new BusinessCaseJson(view.name(), plain(r.rate()), amount(r.npv()), ratio(r.roi()),
					ratio(r.paybackYears()), missing(r.paybackMissing()), ratio(r.discountedPaybackYears()),
					missing(r.discountedPaybackMissing()), ratio(r.irr()), missing(r.irrMissing()), r.crmUsers(),
					amount(r.tcoPerUser()), r.netByYear().stream().map(CostingApi::amount).toList(),
					r.costs().stream().map(CostingApi::amount).toList(),
					r.benefits().stream().map(CostingApi::amount).toList(),
					r.cumulativeNet().stream().map(CostingApi::amount).toList(),
					r.discountedNet().stream().map(CostingApi::amount).toList(), r.unavailable() == null ? null
							: Map.of("code", r.unavailable().name(), "message", r.unavailable().message()));
		}

		private static Map<String, String> missing(BusinessCaseResult.Missing missing) {
			return missing == null ? null : Map.of("code", missing.name(), "message", missing.message());
		}

	}

	/**
	 * Earned value as the API gives it: amounts as strings rounded to cents, indices as
	 * numbers; a figure whose divisor is zero is null.
	 */
	record EarnedValueJson(LocalDate asOf, String bac, String pv, String ev, String ac, BigDecimal cpi, BigDecimal spi,
			String eac, String sv, String cv, String eacAtypical, String eacCombined, String etc, String vac,
			BigDecimal tcpi) {

		static EarnedValueJson of(EarnedValueResult r) {
			return new EarnedValueJson(r.asOf(), amount(r.bac()), amount(r.pv()), amount(r.ev()), amount(r.ac()),
					ratio(r.cpi()), ratio(r.spi()), amount(r.eac()), amount(r.sv()), amount(r.cv()),
					amount(r.eacAtypical()), amount(r.eacCombined()), amount(r.etc()), amount(r.vac()),
					ratio(r.tcpi()));
		}

	}

}
