package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.scorecard.RankingView;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class ScorecardApiTest {

	static final String OUTSIDER = "outside.director";

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	@Autowired
	Scorecards scorecards;

	@Autowired
	Rankings rankings;

	@Autowired
	QualitativeEvaluation qualitative;

	final Actor director = new Actor("director", Set.of(Role.DIRECTOR));

	final Actor steering = new Actor("steering", Set.of(Role.STEERING));

	long project;

	KpiView kpi;

	long ranking;

	long indicator;

	@BeforeEach
	void aProjectWithAScorecard() {
		if (this.users.find(OUTSIDER).isEmpty()) {
			this.users.createDemoUser(OUTSIDER, "Outsider", "demo", Set.of(Role.DIRECTOR));
		}
		ProjectId id = this.projects
			.create(this.director,
					new ProjectDraft("API scorecard " + System.nanoTime(), "Org", "CNY", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 12, 1), ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(this.access.open(this.director, id),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), true));
		this.project = id.value();
		ProjectHandle project = this.access.open(this.director, id);
		this.kpi = this.scorecards.addFromLibrary(project, "SALES_PLAN_ATTAINMENT", new BigDecimal("80"),
				new BigDecimal("100"), BigDecimal.ONE, PeriodType.QUARTER);
		this.scorecards.record(project, this.kpi.id(),
				new MeasurementInput("2026-Q1", null, new BigDecimal("90"), new BigDecimal("100"), null));
		RankingView opened = this.rankings.open(project, Rankings.PERSPECTIVES, null);
		this.ranking = opened.id();
		this.indicator = this.qualitative.addIndicator(project,
				new IndicatorDraft(Perspective.LEARNING_GROWTH, "Sales staff use the CRM daily", null, BigDecimal.ONE));
	}

	private ProjectHandle as(Actor actor) {
		return this.access.open(actor, new ProjectId(this.project));
	}

	private ResultActions call(HttpMethod method, String path, String user, String json) throws Exception {
		MockHttpServletRequestBuilder request = request(method, "/api/v1/projects/" + this.project + path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request);
	}

	private int statusOf(HttpMethod method, String path, String user, String json) throws Exception {
		return call(method, path, user, json).andReturn().getResponse().getStatus();
	}

	/**
	 * The answers per caller: anonymous, outsider, finance, admin, steering, director.
	 */
	private void expect(HttpMethod method, String path, String json, int finance, int admin, int steering, int director)
			throws Exception {
		assertThat(statusOf(method, path, null, json)).as("anonymous %s %s", method, path).isEqualTo(401);
		assertThat(statusOf(method, path, OUTSIDER, json)).as("outsider %s %s", method, path).isEqualTo(404);
		assertThat(statusOf(method, path, "finance", json)).as("finance %s %s", method, path).isEqualTo(finance);
		assertThat(statusOf(method, path, "admin", json)).as("admin %s %s", method, path).isEqualTo(admin);
		assertThat(statusOf(method, path, "steering", json)).as("steering %s %s", method, path).isEqualTo(steering);
		assertThat(statusOf(method, path, "director", json)).as("director %s %s", method, path).isEqualTo(director);
	}

	@Test
	void directorsEditTheirProjectsScorecardAndNobodyElse() throws Exception {
		expect(HttpMethod.POST, "/kpis", """
				{"libraryCode": "CUSTOMER_SATISFACTION", "baseline": 70, "target": 90, "weight": 1, "period": "QUARTER"}
				""", 403, 403, 403, 201);
		expect(HttpMethod.POST, "/kpis/" + this.kpi.id() + "/measurements", """
				{"period": "2026-Q2", "numerator": 95, "denominator": 100}
				""", 403, 403, 403, 201);
		expect(HttpMethod.PUT, "/kpis/" + this.kpi.id(),
				"""
						{"libraryCode": "SALES_PLAN_ATTAINMENT", "baseline": 80, "target": 105, "weight": 2, "period": "QUARTER", "version": %d}
						"""
					.formatted(this.kpi.version()),
				403, 403, 403, 200);
		expect(HttpMethod.PUT, "/scorecard/weights", """
				{"FINANCIAL": 0.4, "CUSTOMER": 0.3, "INTERNAL_PROCESS": 0.2, "LEARNING_GROWTH": 0.1}
				""", 403, 403, 403, 200);
		expect(HttpMethod.PUT, "/scorecard/thresholds", """
				{"green": 0.85, "amber": 0.55}
				""", 403, 403, 403, 200);
		expect(HttpMethod.POST, "/rankings", """
				{"subject": "PERSPECTIVES", "items": ["FINANCIAL", "CUSTOMER", "INTERNAL_PROCESS", "LEARNING_GROWTH"]}
				""", 403, 403, 403, 201);
		expect(HttpMethod.POST, "/indicators", """
				{"perspective": "CUSTOMER", "name": "Complaints handled with care", "weight": 1}
				""", 403, 403, 403, 201);
		this.rankings.submit(as(this.steering), this.ranking, null,
				Map.of("FINANCIAL", 1, "CUSTOMER", 2, "INTERNAL_PROCESS", 3, "LEARNING_GROWTH", 4));
		expect(HttpMethod.POST, "/rankings/" + this.ranking + "/rounds", null, 403, 403, 403, 201);
		// round 1 has one ballot: not adoptable, a clash
		expect(HttpMethod.POST, "/rankings/" + this.ranking + "/adoption", """
				{"round": 1}
				""", 403, 403, 403, 409);
		expect(HttpMethod.DELETE, "/kpis/" + this.kpi.id(), null, 403, 403, 403, 204);
	}

	@Test
	void steeringMembersAndTheDirectorRankAndGrade() throws Exception {
		String ballot = """
				{"ranks": {"FINANCIAL": 1, "CUSTOMER": 2, "INTERNAL_PROCESS": 3, "LEARNING_GROWTH": 4}}
				""";
		expect(HttpMethod.POST, "/rankings/" + this.ranking + "/ballots", ballot, 403, 403, 201, 201);
		expect(HttpMethod.POST, "/indicators/" + this.indicator + "/grades", """
				{"grade": "GOOD"}
				""", 403, 403, 201, 201);
	}

	@Test
	void whoeverSeesTheProjectReadsTheScorecard() throws Exception {
		for (String path : new String[] { "/scorecard", "/kpis", "/kpis/" + this.kpi.id(), "/rankings",
				"/rankings/" + this.ranking, "/scorecard/fuzzy" }) {
			expect(HttpMethod.GET, path, null, 200, 200, 200, 200);
		}
		this.mvc.perform(request(HttpMethod.GET, "/api/v1/kpi-library").with(httpBasic(OUTSIDER, "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(16))
			.andExpect(jsonPath("$[?(@.code == 'COMPLAINT_RATE')].nameZh").value("客户投诉率"));
	}

	@Test
	void theScorecardHasTheShapeOfTheContract() throws Exception {
		// plan attainment 90 / 100 × 100 = 90: (90 − 80) / (100 − 80) = 0.5; only the
		// financial perspective has a score, so overall = 0.5
		call(HttpMethod.GET, "/scorecard", "steering", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.overall").value(0.5))
			.andExpect(jsonPath("$.status").value("AMBER"))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.weight").value(0.25))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.score").value(0.5))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.status").value("AMBER"))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].id").value(this.kpi.id()))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].name").value("Sales plan attainment"))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].latestPeriod").value("2026-Q1"))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].value").value(90))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].score").value(0.5))
			.andExpect(jsonPath("$.perspectives.FINANCIAL.kpis[0].status").value("AMBER"))
			.andExpect(jsonPath("$.perspectives.CUSTOMER.score").doesNotExist())
			.andExpect(jsonPath("$.leftOut[0]").value("CUSTOMER"))
			.andExpect(jsonPath("$.leftOut.length()").value(3));
	}

	@Test
	void aMeasurementAnswersItsValueAndScore() throws Exception {
		// 95 / 100 × 100 = 95: (95 − 80) / 20 = 0.75
		call(HttpMethod.POST, "/kpis/" + this.kpi.id() + "/measurements", "director", """
				{"period": "2026-Q2", "numerator": 95, "denominator": 100}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.value").value(95))
			.andExpect(jsonPath("$.score").value(0.75))
			.andExpect(jsonPath("$.status").value("AMBER"));
		// a correction of Q1 keeps the first entry
		call(HttpMethod.POST, "/kpis/" + this.kpi.id() + "/measurements", "director", """
				{"period": "2026-Q1", "numerator": 100, "denominator": 100}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(1));
		call(HttpMethod.GET, "/kpis/" + this.kpi.id(), "steering", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements.length()").value(2))
			.andExpect(jsonPath("$.superseded.length()").value(1))
			.andExpect(jsonPath("$.superseded[0].numerator").value(90));
	}

	@Test
	void invalidInputIsRefusedNamingTheField() throws Exception {
		call(HttpMethod.POST, "/kpis", "director", """
				{"perspective": "CUSTOMER", "name": "Same", "unit": "%", "direction": "HIGHER_IS_BETTER",
				 "measureType": "DIRECT", "baseline": 50, "target": 50, "weight": -1, "period": "MONTH"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'target')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'weight')].message").value("must not be negative"));
		call(HttpMethod.POST, "/kpis", "director", """
				{"perspective": "SIDEWAYS", "name": "X", "unit": "%", "direction": "HIGHER_IS_BETTER",
				 "measureType": "DIRECT", "baseline": 1, "target": 2, "weight": 1, "period": "MONTH"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("perspective"));
		call(HttpMethod.POST, "/kpis/" + this.kpi.id() + "/measurements", "director", """
				{"period": "2026-Q2", "numerator": 5, "denominator": 0}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("denominator"));
		call(HttpMethod.POST, "/kpis/" + this.kpi.id() + "/measurements", "director", """
				{"period": "2026-09", "numerator": 5, "denominator": 10}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		call(HttpMethod.PUT, "/scorecard/weights", "director", """
				{"FINANCIAL": 0.5, "CUSTOMER": 0.3, "INTERNAL_PROCESS": 0.2, "LEARNING_GROWTH": 0.1}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("weights"));
		call(HttpMethod.POST, "/rankings/" + this.ranking + "/ballots", "steering", """
				{"ranks": {"FINANCIAL": 1, "CUSTOMER": 1, "INTERNAL_PROCESS": 3, "LEARNING_GROWTH": 4}}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ranks"));
		call(HttpMethod.POST, "/kpis", "director", "{not json").andExpect(status().isBadRequest());
		// a stale version of the settings: 409, and the weights stay
		call(HttpMethod.PUT, "/scorecard/weights", "director", """
				{"FINANCIAL": 0.4, "CUSTOMER": 0.3, "INTERNAL_PROCESS": 0.2, "LEARNING_GROWTH": 0.1, "version": 7}
				""").andExpect(status().isConflict());
		call(HttpMethod.GET, "/scorecard", "director", null)
			.andExpect(jsonPath("$.perspectives.FINANCIAL.weight").value(0.25));
		// nothing of the refused requests was stored
		assertThat(this.scorecards.kpis(as(this.director))).hasSize(1);
		assertThat(this.scorecards.kpi(as(this.director), this.kpi.id()).series()).hasSize(1);
	}

	@Test
	void everyBadCodeAndNumberOfABodyIsNamedAtOnce() throws Exception {
		String bad = """
				{"perspective": "SIDEWAYS", "name": "X", "unit": "%", "direction": "UPWARDS",
				 "measureType": "GUESS", "baseline": 1, "target": 2, "weight": 1, "period": "weekly"}
				""";
		// who may not change the scorecard learns that first, whatever the body
		call(HttpMethod.POST, "/kpis", "steering", bad).andExpect(status().isForbidden());
		call(HttpMethod.POST, "/kpis", "director", bad).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].field").value("perspective"))
			.andExpect(jsonPath("$.errors[1].field").value("direction"))
			.andExpect(jsonPath("$.errors[2].field").value("measureType"))
			.andExpect(jsonPath("$.errors[3].field").value("period"));
		// codes in any case are read as the codes they name
		call(HttpMethod.POST, "/kpis", "director", """
				{"perspective": "customer", "name": "Friendly calls", "unit": "%", "direction": "higher_is_better",
				 "measureType": "direct", "baseline": 50, "target": 80, "weight": 1, "period": "month"}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.perspective").value("CUSTOMER"));
		call(HttpMethod.PUT, "/scorecard/weights", "director", """
				{"FINANCIAL": "a lot", "CUSTOMER": 0.3, "INTERNAL_PROCESS": "1,5", "LEARNING_GROWTH": 0.1}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("FINANCIAL"))
			.andExpect(jsonPath("$.errors[1].field").value("INTERNAL_PROCESS"));
		call(HttpMethod.PUT, "/kpis/" + this.kpi.id(), "director", """
				{"target": 105}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(this.scorecards.kpi(as(this.director), this.kpi.id()).kpi().target()).isEqualByComparingTo("100");
	}

	@Test
	void rankingRoundsThroughTheApi() throws Exception {
		String opened = call(HttpMethod.POST, "/rankings", "director", """
				{"subject": "PERSPECTIVES", "items": ["FINANCIAL", "CUSTOMER", "INTERNAL_PROCESS", "LEARNING_GROWTH"]}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.round").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(opened.replaceAll(".*\"id\":(\\d+).*", "$1").trim());
		call(HttpMethod.POST, "/rankings/" + id + "/ballots", "director",
				"""
						{"expert": "director", "ranks": {"FINANCIAL": 1, "CUSTOMER": 2, "INTERNAL_PROCESS": 3, "LEARNING_GROWTH": 4}}
						""")
			.andExpect(status().isCreated());
		call(HttpMethod.POST, "/rankings/" + id + "/ballots", "steering",
				"""
						{"expert": "steering", "ranks": {"FINANCIAL": 1, "CUSTOMER": 2, "INTERNAL_PROCESS": 4, "LEARNING_GROWTH": 3}}
						""")
			.andExpect(status().isCreated());
		call(HttpMethod.POST, "/rankings/" + id + "/rounds", "director", null).andExpect(status().isCreated());
		// R = 2, 4, 7, 7; S = 9 + 1 + 4 + 4 = 18; W = 12 × 18 / (4 × 60) = 0.9
		call(HttpMethod.GET, "/rankings/" + id, "finance", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(4))
			.andExpect(jsonPath("$.rounds.length()").value(2))
			.andExpect(jsonPath("$.rounds[0].number").value(1))
			.andExpect(jsonPath("$.rounds[0].ballots").value(2))
			.andExpect(jsonPath("$.rounds[0].kendallW").value(0.9))
			.andExpect(jsonPath("$.rounds[0].meanRanks.INTERNAL_PROCESS").value(3.5))
			.andExpect(jsonPath("$.rounds[0].weights.FINANCIAL").value(0.4))
			.andExpect(jsonPath("$.rounds[1].ballots").value(0));
		call(HttpMethod.POST, "/rankings/" + id + "/adoption", "director", """
				{"round": 1}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.adoptedRound").value(1));
		call(HttpMethod.GET, "/scorecard", "steering", null)
			.andExpect(jsonPath("$.perspectives.INTERNAL_PROCESS.weight").value(0.15));
		assertThat(this.qualitative.evaluation(as(this.director)).myGrades()).isEmpty();
		this.qualitative.grade(as(this.steering), this.indicator, Grade.GOOD);
	}

}
