package com.crmtracker.web.api;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectHandle;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of the JSON API as a client generator needs it, decided here
 * once for every endpoint, ours and those added later: the actor and the project handle
 * are resolved from the request and never appear as parameters; every operation names the
 * Basic and bearer schemes, the path parameters of its address, the problem details it
 * may answer, a summary and a tag, and a list its typed {@code page} and {@code size};
 * schemas that only answers use list every property as required (answers always carry
 * every field, null where there is none); amounts are strings of a plain decimal
 * ({@link AmountText}); enumerations are named schemas with the codes of the domain.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private static final Map<String, String> ERRORS = errors();

	static {
		// resolved from the signed-in user and the path, never sent as parameters
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, ProjectHandle.class);
		// one schema per enumeration (CostCategory, ...), so that a client gets one type
		ModelResolver.enumsAsRef = true;
	}

	private static Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "Unreadable JSON or parameters");
		errors.put("401", "No or wrong credentials");
		errors.put("403", "The caller's role or project right does not allow this");
		errors.put("404", "No such resource, or a project the caller may not see");
		errors.put("409", "A stale version or a clash with the stored state; nothing changed");
		errors.put("422", "Invalid input: every bad field in errors; nothing stored");
		return errors;
	}

	@Bean
	OpenAPI crmTrackerOpenApi() {
		Components components = new Components()
			.addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("The users and passwords of the pages"))
			.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token: Authorization: Bearer <token>"))
			.addSchemas("FieldProblem",
					new ObjectSchema().description("One refused field (and for imports its row)")
						.addProperty("field", new StringSchema().description("The field, e.g. amount or items[2]"))
						.addProperty("message", new StringSchema())
						.addProperty("row",
								new IntegerSchema().nullable(true)
									.description("The row as a spreadsheet shows it (header = 1), imports only"))
						.required(List.of("field", "message")))
			.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
				.addProperty("type", new StringSchema().format("uri"))
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema().format("uri"))
				.addProperty("errors",
						new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
							.description("Every invalid field (422 only)"))
				.addProperty("currentVersion",
						new IntegerSchema().format("int64").description("The stored version (409 of a stale version)"))
				.addProperty("code", new StringSchema().description("What clashed (409 of a conflict)"))
				.required(List.of("title", "status", "detail")));
		ERRORS.forEach((code, description) -> components.addResponses("Problem" + code,
				new ApiResponse().description(description)
					.content(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		return new OpenAPI()
			.info(new Info().title("CRM implementation tracker API")
				.version("v1")
				.description("Projects, plans, costs, TCO, business case, earned value and the balanced scorecard. "
						+ "Amounts are strings of a plain decimal, dates YYYY-MM-DD, errors problem details."))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** A summary and a tag for an operation that names neither. */
	@Bean
	OperationCustomizer summariesAndTags() {
		return (operation, handler) -> {
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				operation.setSummary(words(handler.getMethod().getName()));
			}
			if (operation.getTags() == null || operation.getTags().isEmpty()
					|| operation.getTags().equals(List.of(defaultTag(handler)))) {
				operation.setTags(List.of(words(handler.getBeanType().getSimpleName().replaceAll("Api$", ""))));
			}
			return operation;
		};
	}

	/**
	 * Amounts as strings with the decimal pattern, also inside lists and maps; a nullable
	 * reference to an enumeration or record stays nullable (OpenAPI 3.0 ignores
	 * {@code nullable} beside a {@code $ref}, so the reference is wrapped in an
	 * {@code allOf}).
	 */
	@Bean
	PropertyCustomizer amountsAndNullableReferences() {
		return (property, type) -> {
			Annotation[] annotations = type.getCtxAnnotations();
			if (annotations == null) {
				return property;
			}
			for (Annotation annotation : annotations) {
				if (annotation instanceof AmountText) {
					decimalStrings(property);
				}
				if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema && schema.nullable()
						&& property != null && property.get$ref() != null) {
					return new ComposedSchema().addAllOfItem(new Schema<>().$ref(property.get$ref()))
						.nullable(true)
						.description(property.getDescription());
				}
			}
			return property;
		};
	}

	@Bean
	OpenApiCustomizer everyOperation() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			Set<String> requestSchemas = reachable(openApi, true);
			Set<String> answerSchemas = reachable(openApi, false);
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				pathParameters(path, operation);
				pagingParameters(operation);
				operation.setSecurity(
						List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
				successes(method, operation);
				problems(path, method, operation);
				if (method == PathItem.HttpMethod.POST) {
					idempotencyKey(operation);
				}
			}));
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				Map<String, Schema> components = openApi.getComponents().getSchemas();
				components.values().forEach(schema -> nullableReferences(schema, components));
				openApi.getComponents().getSchemas().forEach((name, schema) -> {
					if (answerSchemas.contains(name) && !requestSchemas.contains(name)
							&& schema.getProperties() != null) {
						schema.setRequired(List.copyOf(schema.getProperties().keySet()));
					}
				});
			}
			if (openApi.getTags() == null) {
				Set<String> tags = new java.util.TreeSet<>();
				openApi.getPaths()
					.values()
					.forEach(item -> item.readOperations().forEach(o -> tags.addAll(o.getTags())));
				tags.forEach(tag -> openApi.addTagsItem(new Tag().name(tag)));
			}
		};
	}

	/**
	 * A nullable reference (an {@code allOf} of one {@code $ref}) names the type of what
	 * it refers to, as OpenAPI 3.0.3 asks beside {@code nullable}; the items of a
	 * nullable list are the plain reference.
	 */
	private static void nullableReferences(Schema<?> schema, Map<String, Schema> components) {
		if (schema.getProperties() == null) {
			return;
		}
		for (Schema<?> property : schema.getProperties().values()) {
			if (property.getItems() != null && wrapped(property.getItems()) != null) {
				property.setItems(new Schema<>().$ref(wrapped(property.getItems())));
			}
			String ref = wrapped(property);
			if (ref != null && property.getType() == null) {
				Schema<?> target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
				property.setType(target == null || target.getType() == null ? "object" : target.getType());
			}
		}
	}

	private static String wrapped(Schema<?> schema) {
		return Boolean.TRUE.equals(schema.getNullable()) && schema.getAllOf() != null && schema.getAllOf().size() == 1
				? schema.getAllOf().get(0).get$ref() : null;
	}

	/** The {@code {id}} of the project (taken by the handle) and any other undeclared. */
	private static void pathParameters(String path, Operation operation) {
		Matcher matcher = PATH_VARIABLE.matcher(path);
		while (matcher.find()) {
			String name = matcher.group(1);
			boolean declared = operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
			if (!declared) {
				Parameter parameter = new PathParameter().name(name)
					.required(true)
					.schema(name.equals("id") || name.endsWith("Id") ? new IntegerSchema().format("int64")
							: new StringSchema());
				if (name.equals("id")) {
					parameter.description("The project's id");
				}
				operation.addParametersItem(parameter);
			}
		}
	}

	/**
	 * The {@code page} and {@code size} of every list ({@link PageJson}), read as text so
	 * that a bad one is a 422, typed as the integers they are.
	 */
	private static void pagingParameters(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (!"query".equals(parameter.getIn())) {
				continue;
			}
			if ("page".equals(parameter.getName())) {
				parameter.description(PageJson.PAGE)
					.schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ZERO)._default(0));
			}
			if ("size".equals(parameter.getName())) {
				parameter.description(PageJson.SIZE)
					.schema(new IntegerSchema().format("int32")
						.minimum(java.math.BigDecimal.ONE)
						.maximum(java.math.BigDecimal.valueOf(PageJson.MAX_SIZE))
						._default(PageJson.DEFAULT_SIZE));
			}
		}
	}

	/**
	 * A deletion answers 204 without a body; a creation's 201 carries the Location of
	 * what it made.
	 */
	private static void successes(PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			return;
		}
		ApiResponse ok = responses.get("200");
		if (method == PathItem.HttpMethod.DELETE && ok != null
				&& (ok.getContent() == null || ok.getContent().isEmpty())) {
			responses.remove("200");
			responses.addApiResponse("204", ok.description("Deleted"));
		}
		ApiResponse created = responses.get("201");
		if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
			created.description("Created");
			created.addHeaderObject("Location", new Header().description("The address of what was created")
				.schema(new StringSchema().format("uri-reference")));
		}
	}

	private static void problems(String path, PathItem.HttpMethod method, Operation operation) {
		boolean reads = method == PathItem.HttpMethod.GET;
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && operation.getParameters()
					.stream()
					.anyMatch(p -> "query".equals(p.getIn()) || "header".equals(p.getIn())));
		for (String code : ERRORS.keySet()) {
			boolean applies = switch (code) {
				case "400", "422" -> takesInput || !reads;
				case "404" -> path.contains("{");
				case "409" -> !reads;
				default -> true;
			};
			if (applies && !operation.getResponses().containsKey(code)) {
				operation.getResponses()
					.addApiResponse(code, new ApiResponse().$ref("#/components/responses/Problem" + code));
			}
		}
	}

	private static void idempotencyKey(Operation operation) {
		boolean declared = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
		if (!declared) {
			operation.addParametersItem(new Parameter().in("header")
				.name(IDEMPOTENCY_KEY)
				.required(false)
				.description("A key of the caller's choice: the same key with the same body within 24 hours "
						+ "answers the first answer again and stores nothing new; with another body 422")
				.schema(new StringSchema().maxLength(200)));
		}
	}

	/**
	 * The names of the component schemas reachable from request bodies or from answers.
	 */
	private static Set<String> reachable(OpenAPI openApi, boolean requests) {
		Deque<Schema<?>> todo = new ArrayDeque<>();
		for (PathItem item : openApi.getPaths().values()) {
			for (Operation operation : item.readOperations()) {
				if (requests && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(m -> push(todo, m.getSchema()));
				}
				if (!requests && operation.getResponses() != null) {
					operation.getResponses()
						.values()
						.stream()
						.filter(r -> r.getContent() != null)
						.forEach(r -> r.getContent().values().forEach(m -> push(todo, m.getSchema())));
				}
			}
		}
		Map<String, Schema> components = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
				? Map.of() : openApi.getComponents().getSchemas();
		Set<String> names = new HashSet<>();
		while (!todo.isEmpty()) {
			Schema<?> schema = todo.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (names.add(name) && components.get(name) != null) {
					push(todo, components.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(p -> push(todo, p));
			}
			push(todo, schema.getItems());
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				push(todo, values);
			}
			if (schema.getAllOf() != null) {
				schema.getAllOf().forEach(s -> push(todo, s));
			}
			if (schema.getOneOf() != null) {
				schema.getOneOf().forEach(s -> push(todo, s));
			}
		}
		return names;
	}

	private static void push(Deque<Schema<?>> todo, Schema<?> schema) {
		if (schema != null) {
			todo.push(schema);
		}
	}

	private static void decimalStrings(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if (schema.getItems() != null) {
			decimalStrings(schema.getItems());
		}
		else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			decimalStrings(values);
		}
		else if (schema.getType() == null || "string".equals(schema.getType())
				|| ("object".equals(schema.getType()) && schema.getProperties() == null)) {
			schema.setType("string");
			schema.setPattern(AmountText.PATTERN);
			if (schema.getExample() == null) {
				schema.setExample("1234.50");
			}
		}
	}

	private static String defaultTag(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** {@code createLine} → "Create line". */
	static String words(String name) {
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
