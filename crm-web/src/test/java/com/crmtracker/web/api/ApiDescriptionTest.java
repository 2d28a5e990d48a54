package com.crmtracker.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.crmtracker.web.WebAppTest;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The served OpenAPI description is one a client generator can build on: this test fails
 * when an operation (ours or one added later) lacks security, problem responses, a
 * summary, a tag or a declared path parameter, when an internal argument leaks in, or
 * when an enumeration of DOMAIN.md is missing from the schemas.
 */
@WebAppTest
class ApiDescriptionTest {

	/**
	 * The enumerations of DOMAIN.md and API.md, with their codes, as a client sees them.
	 */
	static final Map<String, List<String>> DOMAIN_ENUMS = domainEnums();

	private static Map<String, List<String>> domainEnums() {
		Map<String, List<String>> enums = new LinkedHashMap<>();
		enums.put("Role", List.of("ADMIN", "DIRECTOR", "FINANCE", "STEERING"));
		enums.put("ProjectStatus", List.of("PLANNED", "ACTIVE", "ON_HOLD", "CLOSED"));
		enums.put("PhaseStatus", List.of("NOT_STARTED", "IN_PROGRESS", "AWAITING_GATE", "DONE"));
		// DOMAIN.md's two decisions, and the director's resubmission the gate record
		// keeps
		// between them (a decision POST refuses RESUBMIT)
		enums.put("GateDecision", List.of("APPROVE", "REJECT", "RESUBMIT"));
		enums.put("Membership", List.of("DIRECTOR", "STEERING", "TEAM"));
		enums.put("CostCategory", List.of("HARDWARE", "SOFTWARE", "FACILITIES", "COMMUNICATIONS", "LABOUR",
				"CONSUMABLES", "UTILITIES", "ADMINISTRATION", "TRAINING", "OTHER"));
		enums.put("LifecycleStage", List.of("DEVELOPMENT", "OPERATION"));
		enums.put("CostKind", List.of("PLANNED", "ACTUAL"));
		enums.put("HiddenCostDriver", List.of("TRAINING", "DATA_MAINTENANCE", "INTEGRATION", "PROJECT_MANAGEMENT"));
		enums.put("CostPurpose", List.of("KEEP_RUNNING", "ADVANCE"));
		enums.put("BenefitType", List.of("REVENUE_UPLIFT", "COST_SAVING", "OTHER"));
		enums.put("Perspective", List.of("FINANCIAL", "CUSTOMER", "INTERNAL_PROCESS", "LEARNING_GROWTH"));
		enums.put("Direction", List.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER"));
		enums.put("MeasureType", List.of("DIRECT", "RATIO", "GROWTH"));
		enums.put("PeriodType", List.of("MONTH", "QUARTER"));
		enums.put("ScoreStatus", List.of("GREEN", "AMBER", "RED"));
		enums.put("Grade", List.of("EXCELLENT", "GOOD", "FAIR", "POOR"));
		return enums;
	}

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	OpenAPI api;

	@BeforeEach
	void read() throws Exception {
		String served = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		this.api = Json.mapper().readValue(served, OpenAPI.class);
	}

	@Test
	void noInternalArgumentAppearsAsAParameterOrSchema() {
		List<String> leaks = new ArrayList<>();
		forEachOperation((where, operation) -> {
			for (Parameter p : parameters(operation)) {
				if (List.of("actor", "project", "handle").contains(p.getName())) {
					leaks.add(where + " " + p.getName());
				}
			}
		});
		assertThat(leaks).isEmpty();
		assertThat(this.api.getComponents().getSchemas()).doesNotContainKeys("Actor", "ProjectHandle");
	}

	@Test
	void everyOperationHasSecurityProblemResponsesASummaryATagAndItsPathParameters() {
		assertThat(this.api.getComponents().getSecuritySchemes()).containsKeys("basicAuth", "bearerAuth");
		assertThat(this.api.getComponents().getSecuritySchemes().get("basicAuth").getScheme()).isEqualTo("basic");
		assertThat(this.api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
		List<String> faults = new ArrayList<>();
		forEachOperation((where, operation) -> {
			if (operation.getSecurity() == null || operation.getSecurity().size() != 2) {
				faults.add(where + ": no Basic and bearer security");
			}
			for (String code : List.of("401", "403")) {
				if (!problem(operation.getResponses().get(code))) {
					faults.add(where + ": no problem response " + code);
				}
			}
			if (where.contains("{") && !problem(operation.getResponses().get("404"))) {
				faults.add(where + ": no problem response 404");
			}
			if (!where.startsWith("GET") && !problem(operation.getResponses().get("422"))) {
				faults.add(where + ": no problem response 422");
			}
			if (operation.getOperationId() == null || !operation.getOperationId().matches("[a-z][A-Za-z0-9]*")) {
				faults.add(where + ": operationId " + operation.getOperationId() + " is not a unique method name");
			}
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				faults.add(where + ": no summary");
			}
			if (operation.getTags() == null || operation.getTags().size() != 1) {
				faults.add(where + ": not one tag");
			}
			Matcher variables = PATH_VARIABLE.matcher(where);
			while (variables.find()) {
				String name = variables.group(1);
				if (parameters(operation).stream()
					.noneMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()) && p.getRequired())) {
					faults.add(where + ": path parameter " + name + " not declared");
				}
			}
			if (where.startsWith("DELETE") && !operation.getResponses().containsKey("204")) {
				faults.add(where + ": a deletion that does not answer 204");
			}
			ApiResponse created = operation.getResponses().get("201");
			if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
				faults.add(where + ": 201 without Location");
			}
		});
		assertThat(faults).isEmpty();
		Schema<?> problem = this.api.getComponents().getSchemas().get("Problem");
		assertThat(problem.getProperties()).containsKeys("title", "status", "detail", "errors");
		Schema<?> fieldProblem = this.api.getComponents().getSchemas().get("FieldProblem");
		assertThat(fieldProblem.getProperties()).containsKeys("field", "message", "row");
	}

	@Test
	void everyEnumerationOfTheDomainIsASchemaWithItsCodes() {
		Map<String, Schema> schemas = this.api.getComponents().getSchemas();
		List<String> missing = new ArrayList<>();
		DOMAIN_ENUMS.forEach((name, codes) -> {
			Schema<?> schema = schemas.get(name);
			List<String> found = schema == null || schema.getEnum() == null ? List.of()
					: schema.getEnum().stream().map(String::valueOf).toList();
			if (!found.containsAll(codes) || found.size() != codes.size()) {
				missing.add(name + " " + codes + " but found " + found);
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void creationsAnswer201AmountsAreDecimalStringsAndUndefinedFiguresAreNullable() {
		Operation createLine = this.api.getPaths().get("/api/v1/projects/{id}/cost-lines").getPost();
		assertThat(createLine.getResponses()).containsKey("201").doesNotContainKey("200");
		Map<String, Schema> schemas = this.api.getComponents().getSchemas();
		Schema<?> line = schemas.get("CostLineJson");
		assertThat(line.getProperties().get("amount").getType()).isEqualTo("string");
		assertThat(line.getProperties().get("amount").getPattern()).isEqualTo(AmountText.PATTERN);
		assertThat(line.getProperties().get("incurredOn").getFormat()).isEqualTo("date");
		assertThat(line.getRequired()).contains("id", "amount", "version");
		Schema<?> body = schemas.get("CostLineBody");
		assertThat(body.getRequired()).contains("category", "amount", "incurredOn").doesNotContain("driver");
		Schema<?> ev = schemas.get("EarnedValueJson");
		for (String figure : List.of("cpi", "spi", "eac")) {
			assertThat(ev.getProperties().get(figure).getNullable()).as(figure).isTrue();
		}
		assertThat(ev.getProperties().get("bac").getNullable()).isNotEqualTo(Boolean.TRUE);
		Schema<?> businessCase = schemas.get("BusinessCaseJson");
		assertThat(businessCase.getProperties().get("paybackYears").getNullable()).isTrue();
		Schema<?> tco = schemas.get("TcoJson");
		Object years = tco.getProperties().get("planned").getAdditionalProperties();
		assertThat(((Schema<?>) years).getItems().getPattern()).isEqualTo(AmountText.PATTERN);
	}

	/**
	 * The answer fields that can be null, by schema: a client generated without the mark
	 * would fail on the first null (a KPI without measurements, an undefined index).
	 */
	static final Map<String, List<String>> NULLABLE = nullable();

	private static Map<String, List<String>> nullable() {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("KpiLineJson", List.of("latestPeriod", "value", "score", "status"));
		fields.put("PerspectiveJson", List.of("score", "status"));
		fields.put("ScorecardJson", List.of("overall", "status"));
		fields.put("KpiJson", List.of("libraryCode", "nameZh", "description", "scale"));
		fields.put("MeasurementJson", List.of("enteredValue", "numerator", "denominator", "amount", "supersededAt"));
		fields.put("RoundJson", List.of("kendallW"));
		fields.put("RankingJson", List.of("adoptedRound"));
		fields.put("FuzzyJson", List.of("overall", "grade", "score"));
		fields.put("EarnedValueJson", List.of("cpi", "spi", "eac", "eacCombined", "etc", "vac", "tcpi"));
		fields.put("BusinessCaseJson", List.of("roi", "paybackYears", "paybackReason", "discountedPaybackYears",
				"discountedPaybackReason", "irr", "irrReason", "crmUsers", "tcoPerUser", "reason"));
		fields.put("SettingsJson", List.of("crmUsers"));
		fields.put("PortfolioRowJson", List.of("currentPhase", "costRatio", "tcoRatio", "cpi", "spi", "score"));
		fields.put("CostLineJson", List.of("description", "phase", "driver", "purpose", "ruleId"));
		fields.put("BenefitJson", List.of("description"));
		fields.put("ImportJson", List.of("fileName"));
		fields.put("TokenJson", List.of("lastUsedAt"));
		fields.put("MemberJson", List.of("projectRole", "functionalGroup"));
		fields.put("Phase", List.of("actualStart", "actualEnd", "nameZh"));
		fields.put("Deliverable", List.of("owner", "completedOn", "nameZh", "documentLink"));
		fields.put("Decision", List.of("reason"));
		return fields;
	}

	@Test
	void everyAnswerFieldThatCanBeNullIsMarkedNullable() {
		Map<String, Schema> schemas = this.api.getComponents().getSchemas();
		NULLABLE.forEach((schema, fields) -> {
			assertThat(schemas).as("schema " + schema).containsKey(schema);
			for (String field : fields) {
				Schema<?> property = (Schema<?>) schemas.get(schema).getProperties().get(field);
				assertThat(property).as(schema + "." + field).isNotNull();
				assertThat(property.getNullable()).as(schema + "." + field + " is nullable").isTrue();
			}
		});
		// and what is always there is not
		assertThat(((Schema<?>) schemas.get("KpiLineJson").getProperties().get("name")).getNullable())
			.isNotEqualTo(Boolean.TRUE);
		assertThat(((Schema<?>) schemas.get("ScorecardJson").getProperties().get("version")).getNullable())
			.isNotEqualTo(Boolean.TRUE);
	}

	@Test
	void theProjectsPatchTakesItsSettingsTyped() {
		Map<String, Schema> schemas = this.api.getComponents().getSchemas();
		Schema<?> patch = schemas.get("ProjectPatch");
		assertThat(referenced(patch.getProperties().get("settings"))).isEqualTo("SettingsPatch");
		assertThat(referenced(patch.getProperties().get("scorecard"))).isEqualTo("ScorecardPatch");
		Schema<?> settings = schemas.get("SettingsPatch");
		assertThat(settings.getProperties().get("discountRate").getPattern()).isEqualTo(AmountText.PATTERN);
		assertThat(settings.getProperties().get("crmUsers").getType()).isEqualTo("integer");
		assertThat(settings.getRequired()).containsExactly("version");
		Schema<?> scorecard = schemas.get("ScorecardPatch");
		assertThat(referenced(scorecard.getProperties().get("weights"))).isEqualTo("PerspectiveWeights");
		assertThat(schemas.get("PerspectiveWeights").getProperties()).containsOnlyKeys("FINANCIAL", "CUSTOMER",
				"INTERNAL_PROCESS", "LEARNING_GROWTH");
		Schema<?> answer = schemas.get("ProjectChangedJson");
		assertThat(referenced(answer.getProperties().get("settings"))).isEqualTo("SettingsJson");
		assertThat(answer.getRequired()).contains("id", "version", "settings", "scorecard");
	}

	/** The schema a property refers to, directly or through an {@code allOf} of one. */
	private static String referenced(Schema<?> property) {
		String ref = property.get$ref() != null ? property.get$ref()
				: property.getAllOf() != null && property.getAllOf().size() == 1 ? property.getAllOf().get(0).get$ref()
						: null;
		return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
	}

	@Test
	void everyListIsAPageWithTypedPageAndSize() {
		forEachOperation((where, operation) -> {
			if (!where.startsWith("GET ") || operation.getParameters() == null) {
				return;
			}
			for (Parameter parameter : operation.getParameters()) {
				if ("size".equals(parameter.getName()) && "query".equals(parameter.getIn())) {
					assertThat(parameter.getSchema().getType()).as(where).isEqualTo("integer");
					assertThat(parameter.getSchema().getMaximum()).as(where).isEqualByComparingTo("500");
				}
			}
		});
		for (String list : List.of("/api/v1/tokens", "/api/v1/projects/{id}/imports", "/api/v1/projects/{id}/gates",
				"/api/v1/users", "/api/v1/portfolio", "/api/v1/projects/{id}/members", "/api/v1/projects/{id}/history",
				"/api/v1/projects/{id}/baselines", "/api/v1/projects/{id}/kpis/{kpiId}/measurements")) {
			Operation get = this.api.getPaths().get(list).getGet();
			Schema<?> answer = get.getResponses().get("200").getContent().get("application/json").getSchema();
			Schema<?> page = this.api.getComponents()
				.getSchemas()
				.get(answer.get$ref().substring(answer.get$ref().lastIndexOf('/') + 1));
			assertThat(page.getProperties()).as(list).containsKeys("content", "page", "size", "totalElements");
			assertThat(get.getParameters()).as(list).extracting(Parameter::getName).contains("page", "size");
		}
	}

	@Test
	void filesAreDeclaredWithTheirMediaTypes() {
		Operation importing = this.api.getPaths().get("/api/v1/projects/{id}/cost-lines/import").getPost();
		assertThat(importing.getRequestBody().getContent()).containsKeys("text/csv", "multipart/form-data");
		String form = importing.getRequestBody().getContent().get("multipart/form-data").getSchema().get$ref();
		Schema<?> file = this.api.getComponents().getSchemas().get(form.substring(form.lastIndexOf('/') + 1));
		assertThat(file.getProperties().get("file").getFormat()).isEqualTo("binary");
		assertThat(file.getRequired()).containsExactly("file");
		Operation pack = this.api.getPaths().get("/api/v1/projects/{id}/board-pack").getGet();
		Schema<?> pdf = pack.getResponses().get("200").getContent().get("application/pdf").getSchema();
		assertThat(pdf.getFormat()).isEqualTo("binary");
		Operation export = this.api.getPaths().get("/api/v1/projects/{id}/cost-lines/export").getGet();
		assertThat(export.getResponses().get("200").getContent()).containsKeys("text/csv", CostingApi.XLSX);
	}

	private boolean problem(ApiResponse response) {
		if (response == null) {
			return false;
		}
		if (response.get$ref() != null) {
			String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
			response = this.api.getComponents().getResponses().get(name);
		}
		return response != null && response.getContent() != null
				&& response.getContent().get("application/problem+json") != null && "#/components/schemas/Problem"
					.equals(response.getContent().get("application/problem+json").getSchema().get$ref());
	}

	private static List<Parameter> parameters(Operation operation) {
		return operation.getParameters() == null ? List.of() : operation.getParameters();
	}

	private void forEachOperation(java.util.function.BiConsumer<String, Operation> check) {
		assertThat(this.api.getPaths()).isNotEmpty();
		this.api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> check.accept(method + " " + path, operation)));
	}

}
