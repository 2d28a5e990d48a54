package com.crmtracker.web.api;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import com.crmtracker.web.plan.PlanWorld;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages do, the API does: users for an admin, a project's change, its members,
 * deleting a deliverable, baselines and drift, the history, the portfolio and a KPI's
 * measurements; each for the caller who may (200, 201, 204), a reader who may not (403),
 * an outsider (404) and nobody (401).
 */
@WebAppTest
class PagesInTheApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	ProjectPlans plans;

	PlanWorld w;

	String base;

	@BeforeEach
	void world() {
		this.w = new PlanWorld(this.users, this.projects, this.access, this.plans);
		this.base = "/api/v1/projects/" + this.w.project.value();
	}

	private ResultActions call(HttpMethod method, String path, Actor actor, String body) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path);
		if (actor != null) {
			request.with(httpBasic(actor.username(), PlanWorld.PASSWORD));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private int code(HttpMethod method, String path, Actor actor, String body) throws Exception {
		return call(method, path, actor, body).andReturn().getResponse().getStatus();
	}

	@Test
	void anAdminListsAndChangesUsersAndResetsAPasswordOthersAreRefused() throws Exception {
		String user = "/api/v1/users/" + this.w.finance.username();
		call(HttpMethod.GET, "/api/v1/users?size=2&page=0", this.w.admin, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.totalElements").value(this.users.all().size()));
		assertThat(code(HttpMethod.GET, "/api/v1/users", this.w.director, null)).isEqualTo(403);
		assertThat(code(HttpMethod.GET, "/api/v1/users", null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.GET, "/api/v1/users?size=0", this.w.admin, null)).isEqualTo(422);
		assertThat(code(HttpMethod.GET, "/api/v1/users/nobody-here", this.w.admin, null)).isEqualTo(404);
		long version = this.users.get(this.w.finance.username()).version();
		String change = "{\"displayName\": \"Finance renamed\", \"roles\": [\"FINANCE\", \"STEERING\"], \"version\": "
				+ version + "}";
		assertThat(code(HttpMethod.PATCH, user, this.w.director, change)).isEqualTo(403);
		assertThat(code(HttpMethod.PATCH, user, null, change)).isEqualTo(401);
		assertThat(code(HttpMethod.PATCH, "/api/v1/users/nobody-here", this.w.admin, change)).isEqualTo(404);
		call(HttpMethod.PATCH, user, this.w.admin, change).andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Finance renamed"))
			.andExpect(jsonPath("$.roles.length()").value(2))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.version").value(version + 1));
		// the same change again carries a stale version: refused, nothing changed
		call(HttpMethod.PATCH, user, this.w.admin, change.replace("Finance renamed", "Again"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(version + 1));
		assertThat(this.users.get(this.w.finance.username()).displayName()).isEqualTo("Finance renamed");
		String reset = "{\"password\": \"Another-horse-7\", \"version\": " + (version + 1) + "}";
		assertThat(code(HttpMethod.POST, user + "/password", this.w.director, reset)).isEqualTo(403);
		assertThat(code(HttpMethod.POST, user + "/password", this.w.admin, reset)).isEqualTo(204);
		this.mvc
			.perform(request(HttpMethod.GET, "/api/v1/users/me")
				.with(httpBasic(this.w.finance.username(), "Another-horse-7")))
			.andExpect(status().isOk());
		assertThat(code(HttpMethod.GET, "/api/v1/users/me", this.w.finance, null)).isEqualTo(401);
		call(HttpMethod.PATCH, user, this.w.admin, "{\"enabled\": false, \"version\": " + (version + 2) + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.displayName").value("Finance renamed"));
		this.mvc
			.perform(request(HttpMethod.GET, "/api/v1/users/me")
				.with(httpBasic(this.w.finance.username(), "Another-horse-7")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void itsDirectorChangesTheProjectReadersAreRefusedAStaleVersionChangesNothing() throws Exception {
		long version = this.projects.current(this.w.open(this.w.director)).version();
		String change = "{\"name\": \"Renamed by API\", \"status\": \"ON_HOLD\", \"version\": " + version + "}";
		assertThat(code(HttpMethod.PATCH, this.base, this.w.steering, change)).isEqualTo(403);
		assertThat(code(HttpMethod.PATCH, this.base, this.w.otherDirector, change)).isEqualTo(404);
		assertThat(code(HttpMethod.PATCH, this.base, null, change)).isEqualTo(401);
		call(HttpMethod.PATCH, this.base, this.w.director, change).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed by API"))
			.andExpect(jsonPath("$.status").value("ON_HOLD"))
			.andExpect(jsonPath("$.organisation").value("Org"))
			.andExpect(jsonPath("$.version").value(version + 1));
		call(HttpMethod.PATCH, this.base, this.w.admin, change.replace("Renamed by API", "Stale"))
			.andExpect(status().isConflict());
		assertThat(this.projects.current(this.w.open(this.w.director)).name()).isEqualTo("Renamed by API");
		call(HttpMethod.PATCH, this.base, this.w.director,
				"{\"plannedGoLive\": \"1900-01-01\", \"version\": " + (version + 1) + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedGoLive"));
	}

	@Test
	void theSettingsChangeWithTheProjectAllOrNothingEachWithTheRightOfItsPage() throws Exception {
		long version = this.projects.current(this.w.open(this.w.director)).version();
		String rate = "\"settings\": {\"discountRate\": \"0.1\", \"crmUsers\": 250, \"version\": -1}";
		// the business case's settings are finance's, as on the business-case page
		assertThat(code(HttpMethod.PATCH, this.base, this.w.director, "{" + rate + ", \"version\": " + version + "}"))
			.isEqualTo(403);
		assertThat(code(HttpMethod.PATCH, this.base, this.w.steering, "{" + rate + ", \"version\": " + version + "}"))
			.isEqualTo(403);
		assertThat(
				code(HttpMethod.PATCH, this.base, this.w.otherDirector, "{" + rate + ", \"version\": " + version + "}"))
			.isEqualTo(404);
		assertThat(code(HttpMethod.PATCH, this.base, null, "{" + rate + ", \"version\": " + version + "}"))
			.isEqualTo(401);
		// finance may change the settings, not the project's name: the whole change is
		// refused
		assertThat(code(HttpMethod.PATCH, this.base, this.w.finance,
				"{\"name\": \"Renamed by finance\", " + rate + ", \"version\": " + version + "}"))
			.isEqualTo(403);
		assertThat(settingsVersion()).as("nothing changed").isEqualTo(-1);
		call(HttpMethod.PATCH, this.base, this.w.finance, "{" + rate + ", \"version\": " + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version))
			.andExpect(jsonPath("$.settings.discountRate").value(0.1))
			.andExpect(jsonPath("$.settings.crmUsers").value(250))
			.andExpect(jsonPath("$.settings.version").value(0));
		call(HttpMethod.GET, this.base + "/costing-settings", this.w.steering, null)
			.andExpect(jsonPath("$.discountRate").value(0.1))
			.andExpect(jsonPath("$.crmUsers").value(250));

		// an admin has both rights: the name and the rate change together, or neither
		String stale = "{\"name\": \"Renamed with a stale rate\", \"version\": " + version
				+ ", \"settings\": {\"discountRate\": \"0.05\", \"version\": -1}}";
		call(HttpMethod.PATCH, this.base, this.w.admin, stale).andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(0));
		String invalid = "{\"name\": \"Renamed with a bad rate\", \"version\": " + version
				+ ", \"settings\": {\"discountRate\": \"1.5\", \"version\": 0}}";
		call(HttpMethod.PATCH, this.base, this.w.admin, invalid).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("settings.discountRate"));
		String staleProject = "{\"version\": " + (version - 1)
				+ ", \"settings\": {\"discountRate\": \"0.05\", \"version\": 0}}";
		call(HttpMethod.PATCH, this.base, this.w.admin, staleProject).andExpect(status().isConflict());
		assertThat(this.projects.current(this.w.open(this.w.director)).name()).isNotIn("Renamed by finance",
				"Renamed with a stale rate", "Renamed with a bad rate");
		assertThat(settingsVersion()).as("the rate of none of the refused changes").isEqualTo(0);
		call(HttpMethod.PATCH, this.base, this.w.admin,
				"{\"name\": \"Renamed with its rate\", \"version\": " + version
						+ ", \"settings\": {\"discountRate\": \"0.05\", \"version\": 0}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed with its rate"))
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.settings.discountRate").value(0.05))
			.andExpect(jsonPath("$.settings.crmUsers").value(250))
			.andExpect(jsonPath("$.settings.version").value(1));
	}

	@Test
	void theScorecardsSettingsChangeWithTheProjectByItsDirector() throws Exception {
		long version = this.projects.current(this.w.open(this.w.director)).version();
		long card = ((Number) JsonPath
			.read(call(HttpMethod.GET, this.base + "/scorecard", this.w.director, null).andReturn()
				.getResponse()
				.getContentAsString(), "$.version"))
			.longValue();
		String weights = "\"weights\": {\"FINANCIAL\": 0.4, \"CUSTOMER\": 0.3, \"INTERNAL_PROCESS\": 0.2, "
				+ "\"LEARNING_GROWTH\": 0.1}";
		String scorecard = "\"scorecard\": {" + weights
				+ ", \"thresholds\": {\"green\": 0.9, \"amber\": 0.6}, \"version\": " + card + "}";
		// the weights are the director's, as on the scorecard page: not an admin's
		assertThat(code(HttpMethod.PATCH, this.base, this.w.admin, "{" + scorecard + ", \"version\": " + version + "}"))
			.isEqualTo(403);
		assertThat(
				code(HttpMethod.PATCH, this.base, this.w.finance, "{" + scorecard + ", \"version\": " + version + "}"))
			.isEqualTo(403);
		// weights that do not sum to 1 refuse the name too
		call(HttpMethod.PATCH, this.base, this.w.director,
				"{\"name\": \"Renamed with bad weights\", \"version\": " + version + ", "
						+ scorecard.replace("0.1}", "0.2}") + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("scorecard.weights"));
		call(HttpMethod.PATCH, this.base, this.w.director,
				"{\"name\": \"Renamed with a stale card\", \"version\": " + version + ", "
						+ scorecard.replace("\"version\": " + card, "\"version\": " + (card + 5)) + "}")
			.andExpect(status().isConflict());
		assertThat(this.projects.current(this.w.open(this.w.director)).name()).isNotIn("Renamed with bad weights",
				"Renamed with a stale card");
		call(HttpMethod.PATCH, this.base, this.w.director,
				"{\"name\": \"Renamed with its card\", \"version\": " + version + ", " + scorecard + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed with its card"))
			.andExpect(jsonPath("$.scorecard.weights.FINANCIAL").value(0.4))
			.andExpect(jsonPath("$.scorecard.weights.LEARNING_GROWTH").value(0.1))
			.andExpect(jsonPath("$.scorecard.thresholds.green").value(0.9))
			.andExpect(jsonPath("$.scorecard.thresholds.amber").value(0.6))
			.andExpect(jsonPath("$.scorecard.version").value(org.hamcrest.Matchers.greaterThan((int) card)));
		call(HttpMethod.GET, this.base + "/scorecard", this.w.steering, null)
			.andExpect(jsonPath("$.perspectives.CUSTOMER.weight").value(0.3))
			.andExpect(jsonPath("$.thresholds.green").value(0.9));
	}

	private long settingsVersion() throws Exception {
		return ((Number) JsonPath
			.read(call(HttpMethod.GET, this.base + "/costing-settings", this.w.finance, null).andReturn()
				.getResponse()
				.getContentAsString(), "$.version"))
			.longValue();
	}

	@Test
	void membersAreListedToReadersAndRemovedByTheDirector() throws Exception {
		String members = this.base + "/members";
		String answer = call(HttpMethod.GET, members, this.w.steering, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].username").value(this.w.steering.username()))
			.andExpect(jsonPath("$.content[0].role").value("STEERING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long steeringMember = ((Number) JsonPath.read(answer, "$.content[0].id")).longValue();
		assertThat(code(HttpMethod.GET, members, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.GET, members, null, null)).isEqualTo(401);
		String one = members + "/" + steeringMember;
		assertThat(code(HttpMethod.DELETE, one, this.w.steering, null)).isEqualTo(403);
		assertThat(code(HttpMethod.DELETE, one, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.DELETE, one, null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.DELETE, one, this.w.director, null)).isEqualTo(204);
		assertThat(code(HttpMethod.DELETE, one, this.w.director, null)).isEqualTo(404);
		call(HttpMethod.GET, members, this.w.director, null).andExpect(jsonPath("$.totalElements").value(1));
		// off the committee, the steering member no longer sees the project
		assertThat(code(HttpMethod.GET, members, this.w.steering, null)).isEqualTo(404);
	}

	@Test
	void itsDirectorDeletesADeliverableWithTheVersionRead() throws Exception {
		DeliverableView deliverable = this.w.phase(2).deliverables().get(0);
		String path = this.base + "/deliverables/" + deliverable.id() + "?version=" + deliverable.version();
		assertThat(code(HttpMethod.DELETE, path, this.w.steering, null)).isEqualTo(403);
		assertThat(code(HttpMethod.DELETE, path, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.DELETE, path, null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.DELETE, this.base + "/deliverables/" + deliverable.id(), this.w.director, null))
			.isEqualTo(422);
		assertThat(code(HttpMethod.DELETE,
				this.base + "/deliverables/" + deliverable.id() + "?version=" + (deliverable.version() + 5),
				this.w.director, null))
			.isEqualTo(409);
		assertThat(code(HttpMethod.DELETE, path, this.w.director, null)).isEqualTo(204);
		assertThat(this.w.phase(2).deliverables()).extracting(DeliverableView::id).doesNotContain(deliverable.id());
		assertThat(code(HttpMethod.DELETE, path, this.w.director, null)).isEqualTo(404);
	}

	@Test
	void baselinesAreSavedByTheDirectorAndTheDriftReadByEveryone() throws Exception {
		String baselines = this.base + "/baselines";
		assertThat(code(HttpMethod.POST, baselines, this.w.steering, "{\"name\": \"Signed\"}")).isEqualTo(403);
		assertThat(code(HttpMethod.POST, baselines, this.w.otherDirector, "{\"name\": \"Signed\"}")).isEqualTo(404);
		assertThat(code(HttpMethod.POST, baselines, null, "{\"name\": \"Signed\"}")).isEqualTo(401);
		String answer = call(HttpMethod.POST, baselines, this.w.director, "{\"name\": \"Signed\"}")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.name").value("Signed"))
			.andExpect(jsonPath("$.createdBy").value(this.w.director.username()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long baseline = ((Number) JsonPath.read(answer, "$.id")).longValue();
		call(HttpMethod.GET, baselines, this.w.steering, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(baseline));
		assertThat(code(HttpMethod.GET, baselines, this.w.otherDirector, null)).isEqualTo(404);
		// the plan moves after the baseline: phase 2's end five days later
		var phase = this.w.phase(2);
		call(HttpMethod.PATCH, this.base + "/phases/2", this.w.director,
				"{\"plannedEnd\": \"" + phase.plannedEnd().plusDays(5) + "\", \"version\": " + phase.version() + "}")
			.andExpect(status().isOk());
		String drift = baselines + "/" + baseline + "/drift";
		call(HttpMethod.GET, drift, this.w.steering, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.baseline.name").value("Signed"))
			.andExpect(jsonPath("$.phases.length()").value(9))
			.andExpect(jsonPath("$.phases[1].endDrift").value(5))
			.andExpect(jsonPath("$.phases[0].endDrift").value(0))
			.andExpect(jsonPath("$.movedPhases").value(1));
		assertThat(code(HttpMethod.GET, drift, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.GET, drift, null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.GET, baselines + "/" + (baseline + 1000) + "/drift", this.w.director, null))
			.isEqualTo(404);
	}

	@Test
	void theHistoryIsPagedNewestFirst() throws Exception {
		var phase = this.w.phase(1);
		call(HttpMethod.PATCH, this.base + "/phases/1", this.w.director,
				"{\"actualStart\": \"" + phase.plannedStart() + "\", \"version\": " + phase.version() + "}")
			.andExpect(status().isOk());
		String history = this.base + "/history";
		String all = call(HttpMethod.GET, history + "?size=500", this.w.steering, null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = JsonPath.read(all, "$.totalElements");
		assertThat(total).isGreaterThan(1);
		assertThat((String) JsonPath.read(all, "$.content[0].subject")).isEqualTo("PHASE");
		assertThat((String) JsonPath.read(all, "$.content[0].action")).isEqualTo("CHANGED");
		assertThat((String) JsonPath.read(all, "$.content[0].username")).isEqualTo(this.w.director.username());
		assertThat((String) JsonPath.read(all, "$.content[0].changes[0].field")).isEqualTo("actualStart");
		call(HttpMethod.GET, history + "?size=1&page=1", this.w.steering, null)
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.totalElements").value(total))
			.andExpect(jsonPath("$.content[0].revision").value((Integer) JsonPath.read(all, "$.content[1].revision")));
		assertThat(code(HttpMethod.GET, history + "?page=-1", this.w.steering, null)).isEqualTo(422);
		assertThat(code(HttpMethod.GET, history, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.GET, history, null, null)).isEqualTo(401);
	}

	@Test
	void thePortfolioHasTheRowsAndMarksOfTheProjectsTheCallerSees() throws Exception {
		String name = this.w.open(this.w.director).project().name();
		String mine = call(HttpMethod.GET, "/api/v1/portfolio?size=500", this.w.steering, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(mine, "$.totalElements")).isEqualTo(1);
		assertThat((String) JsonPath.read(mine, "$.content[0].name")).isEqualTo(name);
		assertThat((String) JsonPath.read(mine, "$.content[0].gatesMark")).isEqualTo("GREEN");
		assertThat((String) JsonPath.read(mine, "$.content[0].currentPhase.name")).isNotBlank();
		assertThat((String) JsonPath.read(mine, "$.content[0].plannedTco")).matches(AmountText.PATTERN);
		String theirs = call(HttpMethod.GET, "/api/v1/portfolio?size=500", this.w.otherSteering, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(theirs, "$.totalElements")).isZero();
		assertThat(code(HttpMethod.GET, "/api/v1/portfolio", null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.GET, "/api/v1/portfolio?size=501", this.w.admin, null)).isEqualTo(422);
	}

	@Test
	void aKpisMeasurementHistoryKeepsTheSupersededEntries() throws Exception {
		String created = call(HttpMethod.POST, this.base + "/kpis", this.w.director, """
				{"perspective": "CUSTOMER", "name": "Satisfaction", "unit": "%", "direction": "HIGHER_IS_BETTER",
				 "measureType": "DIRECT", "baseline": 50, "target": 90, "weight": 1, "period": "QUARTER"}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String kpi = this.base + "/kpis/" + JsonPath.read(created, "$.id") + "/measurements";
		call(HttpMethod.POST, kpi, this.w.director, "{\"period\": \"2026-Q1\", \"value\": 60}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", kpi));
		call(HttpMethod.POST, kpi, this.w.director, "{\"period\": \"2026-Q1\", \"value\": 70}")
			.andExpect(status().isCreated());
		call(HttpMethod.GET, kpi, this.w.steering, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].value").value(70))
			.andExpect(jsonPath("$.content[1].value").value(60))
			.andExpect(jsonPath("$.content[1].supersededAt").isNotEmpty());
		assertThat(code(HttpMethod.GET, kpi, this.w.otherDirector, null)).isEqualTo(404);
		assertThat(code(HttpMethod.GET, kpi, null, null)).isEqualTo(401);
		assertThat(code(HttpMethod.GET, this.base + "/kpis/987654321/measurements", this.w.director, null))
			.isEqualTo(404);
	}

	@Test
	void everyListAddedInTheSecondRoundIsPagedAndRefusesABadPageOrSizeByName() throws Exception {
		String created = call(HttpMethod.POST, this.base + "/kpis", this.w.director, """
				{"perspective": "CUSTOMER", "name": "Paged", "unit": "%", "direction": "HIGHER_IS_BETTER",
				 "measureType": "DIRECT", "baseline": 50, "target": 90, "weight": 1, "period": "QUARTER"}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		call(HttpMethod.POST, this.base + "/kpis/" + JsonPath.read(created, "$.id") + "/measurements", this.w.director,
				"{\"period\": \"2026-Q1\", \"value\": 60}")
			.andExpect(status().isCreated());
		call(HttpMethod.POST, this.base + "/baselines", this.w.director, "{\"name\": \"Paged\"}")
			.andExpect(status().isCreated());
		call(HttpMethod.POST, "/api/v1/tokens", this.w.director,
				"{\"name\": \"Paged\", \"expiresOn\": \"" + java.time.LocalDate.now().plusDays(5) + "\"}")
			.andExpect(status().isCreated());
		java.util.Map<String, Actor> lists = new java.util.LinkedHashMap<>();
		lists.put("/api/v1/users", this.w.admin);
		lists.put("/api/v1/tokens", this.w.director);
		lists.put("/api/v1/portfolio", this.w.director);
		lists.put(this.base + "/members", this.w.steering);
		lists.put(this.base + "/baselines", this.w.steering);
		lists.put(this.base + "/history", this.w.steering);
		lists.put(this.base + "/gates", this.w.steering);
		lists.put(this.base + "/imports", this.w.steering);
		lists.put(this.base + "/kpis/" + JsonPath.read(created, "$.id") + "/measurements", this.w.steering);
		for (java.util.Map.Entry<String, Actor> list : lists.entrySet()) {
			String path = list.getKey();
			call(HttpMethod.GET, path, list.getValue(), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.page").value(0))
				.andExpect(jsonPath("$.size").value(20))
				.andExpect(jsonPath("$.totalElements").isNumber())
				.andExpect(jsonPath("$.content").isArray());
			String first = call(HttpMethod.GET, path + "?page=0&size=1", list.getValue(), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.size").value(1))
				.andReturn()
				.getResponse()
				.getContentAsString();
			int total = JsonPath.read(first, "$.totalElements");
			assertThat((int) JsonPath.read(first, "$.content.length()")).as(path).isEqualTo(Math.min(1, total));
			assertThat(total).as(path).isGreaterThanOrEqualTo(path.endsWith("/imports") ? 0 : 1);
			call(HttpMethod.GET, path + "?page=1000&size=1", list.getValue(), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.content.length()").value(0));
			for (String bad : java.util.List.of("size=0", "size=" + (PageJson.MAX_SIZE + 1), "size=many", "page=-1",
					"page=first")) {
				call(HttpMethod.GET, path + "?" + bad, list.getValue(), null)
					.andExpect(status().isUnprocessableContent())
					.andExpect(jsonPath("$.errors[0].field").value(bad.substring(0, bad.indexOf('='))))
					.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be")));
			}
		}
	}

}
