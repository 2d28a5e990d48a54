package com.crmtracker.web.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class ScorecardPagesTest {

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

	String base;

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
					new ProjectDraft("Pages scorecard " + System.nanoTime(), "Org", "CNY", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 12, 1), ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(this.access.open(this.director, id),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), true));
		this.base = "/projects/" + id.value() + "/scorecard";
		ProjectHandle project = this.access.open(this.director, id);
		this.kpi = this.scorecards.addFromLibrary(project, "SALES_PLAN_ATTAINMENT", new BigDecimal("80"),
				new BigDecimal("100"), BigDecimal.ONE, PeriodType.QUARTER);
		this.scorecards.record(project, this.kpi.id(),
				new MeasurementInput("2026-Q1", null, new BigDecimal("90"), new BigDecimal("100"), null));
		this.ranking = this.rankings.open(project, Rankings.PERSPECTIVES, null).id();
		this.indicator = this.qualitative.addIndicator(project,
				new IndicatorDraft(Perspective.LEARNING_GROWTH, "Sales staff use the CRM daily", null, BigDecimal.ONE));
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		Role role = switch (who) {
			case "steering" -> Role.STEERING;
			case "finance" -> Role.FINANCE;
			case "admin" -> Role.ADMIN;
			default -> Role.DIRECTOR;
		};
		return request.with(user(who).roles(role.name())).locale(Locale.ENGLISH);
	}

	private int getAs(String path, String who) throws Exception {
		return this.mvc.perform(as(get(this.base + path), who)).andReturn().getResponse().getStatus();
	}

	private int postAs(String path, String who, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = as(post(this.base + path), who).with(csrf());
		form.forEach(request::param);
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void whoeverSeesTheProjectReadsTheScorecardPages() throws Exception {
		for (String path : new String[] { "", "/kpis/" + this.kpi.id(), "/rankings", "/rankings/" + this.ranking,
				"/qualitative" }) {
			for (String who : new String[] { "director", "steering", "finance", "admin" }) {
				assertThat(getAs(path, who)).as("%s reads %s", who, path).isEqualTo(200);
			}
			assertThat(getAs(path, OUTSIDER)).as("outsider reads %s", path).isEqualTo(404);
			this.mvc.perform(get(this.base + path)).andExpect(status().is3xxRedirection());
		}
		assertThat(getAs("/library", "director")).isEqualTo(200);
		assertThat(getAs("/library", "steering")).isEqualTo(403);
		assertThat(getAs("/library", "finance")).isEqualTo(403);
		assertThat(getAs("/library", OUTSIDER)).isEqualTo(404);
	}

	@Test
	void onlyTheDirectorChangesTheScorecardThroughThePages() throws Exception {
		Map<String, String> library = Map.of("baseline", "70", "target", "90", "weight", "1", "period", "QUARTER");
		Map<String, String> measurement = Map.of("period", "2026-Q2", "numerator", "95", "denominator", "100");
		Map<String, String> weights = Map.of("financial", "0.4", "customer", "0.3", "internalProcess", "0.2",
				"learningGrowth", "0.1", "version", "0");
		Map<String, String> indicator = Map.of("perspective", "CUSTOMER", "name", "Friendly", "weight", "1");
		for (String who : new String[] { "steering", "finance", "admin" }) {
			assertThat(postAs("/library/CUSTOMER_SATISFACTION", who, library)).as(who).isEqualTo(403);
			assertThat(postAs("/kpis/" + this.kpi.id() + "/measurements", who, measurement)).as(who).isEqualTo(403);
			assertThat(postAs("/weights", who, weights)).as(who).isEqualTo(403);
			assertThat(postAs("/rankings", who, Map.of("subject", "PERSPECTIVES"))).as(who).isEqualTo(403);
			assertThat(postAs("/qualitative/indicators", who, indicator)).as(who).isEqualTo(403);
		}
		assertThat(postAs("/library/CUSTOMER_SATISFACTION", OUTSIDER, library)).isEqualTo(404);
		assertThat(postAs("/kpis/" + this.kpi.id() + "/measurements", OUTSIDER, measurement)).isEqualTo(404);
		assertThat(postAs("/library/CUSTOMER_SATISFACTION", "director", library)).isEqualTo(302);
		assertThat(postAs("/kpis/" + this.kpi.id() + "/measurements", "director", measurement)).isEqualTo(302);
		assertThat(postAs("/weights", "director", weights)).isEqualTo(302);
		assertThat(postAs("/qualitative/indicators", "director", indicator)).isEqualTo(302);
		this.mvc.perform(as(get(this.base), "steering"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Customer satisfaction")));
	}

	@Test
	void steeringMembersRankAndGradeThroughThePages() throws Exception {
		Map<String, String> ballot = Map.of("ranks[0]", "1", "ranks[1]", "2", "ranks[2]", "3", "ranks[3]", "4");
		this.mvc.perform(as(get(this.base + "/rankings/" + this.ranking), "steering"))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("<label for=\"rank-0\">Financial</label>")));
		assertThat(postAs("/rankings/" + this.ranking + "/ballot", "finance", ballot)).isEqualTo(403);
		assertThat(postAs("/rankings/" + this.ranking + "/ballot", OUTSIDER, ballot)).isEqualTo(404);
		assertThat(postAs("/rankings/" + this.ranking + "/ballot", "steering", ballot)).isEqualTo(302);
		assertThat(postAs("/rankings/" + this.ranking + "/ballot", "director", ballot)).isEqualTo(302);
		// the steering member's ranks come back selected
		this.mvc.perform(as(get(this.base + "/rankings/" + this.ranking), "steering"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("<option value=\"4\" selected=\"selected\">4</option>")));
		assertThat(postAs("/rankings/" + this.ranking + "/rounds", "steering", Map.of())).isEqualTo(403);
		assertThat(postAs("/rankings/" + this.ranking + "/adoption", "steering", Map.of("round", "1"))).isEqualTo(403);
		// two identical ballots: W = 1, adoptable
		assertThat(postAs("/rankings/" + this.ranking + "/adoption", "director", Map.of("round", "1"))).isEqualTo(302);
		Map<String, String> grade = Map.of("grade", "GOOD");
		String gradePath = "/qualitative/indicators/" + this.indicator + "/grade";
		assertThat(postAs(gradePath, "finance", grade)).isEqualTo(403);
		assertThat(postAs(gradePath, "admin", grade)).isEqualTo(403);
		assertThat(postAs(gradePath, OUTSIDER, grade)).isEqualTo(404);
		assertThat(postAs(gradePath, "steering", grade)).isEqualTo(302);
		this.mvc.perform(as(get(this.base + "/qualitative"), "steering"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("graded by 1")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("<option value=\"GOOD\" selected=\"selected\">")));
		this.mvc.perform(as(get(this.base + "/rankings/" + this.ranking), "steering"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("0.400")));
	}

	@Test
	void refusalsComeBackOnTheFormWithAClearMessage() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/kpis/" + this.kpi.id() + "/measurements"), "director").with(csrf())
				.param("period", "2026-Q2")
				.param("numerator", "5")
				.param("denominator", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The denominator must not be 0")));
		this.mvc
			.perform(as(post(this.base + "/kpis/" + this.kpi.id() + "/measurements"), "director").with(csrf())
				.param("period", "2026-09")
				.param("numerator", "5")
				.param("denominator", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("measured by quarter")));
		this.mvc
			.perform(as(post(this.base + "/weights"), "director").with(csrf())
				.param("financial", "0.5")
				.param("customer", "0.3")
				.param("internalProcess", "0.2")
				.param("learningGrowth", "0.1")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must sum to 1")));
		this.mvc
			.perform(as(post(this.base + "/library/CUSTOMER_SATISFACTION"), "director").with(csrf())
				.param("baseline", "80")
				.param("target", "80")
				.param("weight", "-1")
				.param("period", "QUARTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must differ from the baseline")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must not be negative")));
		this.mvc
			.perform(as(post(this.base + "/rankings/" + this.ranking + "/ballot"), "steering").with(csrf())
				.param("ranks[0]", "1")
				.param("ranks[1]", "1")
				.param("ranks[2]", "3")
				.param("ranks[3]", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("each rank once")));
		// nothing of it was stored
		assertThat(this.scorecards.kpis(director())).hasSize(1);
		assertThat(this.scorecards.kpi(director(), this.kpi.id()).series()).hasSize(1);
	}

	@Test
	void theKpiPageShowsCorrectionsAndTheTrend() throws Exception {
		this.scorecards.record(director(), this.kpi.id(),
				new MeasurementInput("2026-Q1", null, new BigDecimal("99"), new BigDecimal("100"), null));
		this.mvc.perform(as(get(this.base + "/kpis/" + this.kpi.id()), "steering"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"corrections\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("90 / 100")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"trend-chart\"")));
	}

	@Test
	void theKpiSettingsChangeWhatTheFormShowsAndAStaleVersionShowsTheirValues() throws Exception {
		String path = "/kpis/" + this.kpi.id() + "/settings";
		Map<String, String> settings = Map.of("name", "Sales plan attainment", "baseline", "80", "target", "110",
				"weight", "2", "direction", "HIGHER_IS_BETTER", "period", "QUARTER", "version",
				Long.toString(this.kpi.version()));
		assertThat(postAs(path, "steering", settings)).isEqualTo(403);
		assertThat(postAs(path, "director", settings)).isEqualTo(302);
		KpiView changed = this.scorecards.kpi(director(), this.kpi.id()).kpi();
		assertThat(changed.target()).isEqualByComparingTo("110");
		assertThat(changed.measureType()).isEqualTo(this.kpi.measureType());
		assertThat(changed.perspective()).isEqualTo(this.kpi.perspective());
		assertThat(changed.scale()).isEqualByComparingTo("100");
		// the same form again, with the version read before: refused; the conflict view
		// shows their values beside the entered ones, with the version to save over them
		this.mvc
			.perform(as(post(this.base + path), "director").with(csrf())
				.param("name", "Sales plan attainment")
				.param("baseline", "80")
				.param("target", "120")
				.param("weight", "2")
				.param("direction", "HIGHER_IS_BETTER")
				.param("period", "QUARTER")
				.param("version", Long.toString(this.kpi.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"conflict\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("80 → 110")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"120\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"" + changed.version() + "\"")));
		assertThat(this.scorecards.kpi(director(), this.kpi.id()).kpi().target()).isEqualByComparingTo("110");
	}

	@Test
	void aStaleWeightsFormShowsTheWeightsSavedMeanwhileAndChangesNothing() throws Exception {
		// both read version 0 of the settings (equal weights); the other person saves
		// first
		ScorecardView read = this.scorecards.setWeights(director(),
				Map.of(Perspective.FINANCIAL, new BigDecimal("0.25"), Perspective.CUSTOMER, new BigDecimal("0.25"),
						Perspective.INTERNAL_PROCESS, new BigDecimal("0.25"), Perspective.LEARNING_GROWTH,
						new BigDecimal("0.25")),
				null);
		String version = Long.toString(read.settingsVersion());
		Map<String, String> theirs = Map.of("financial", "0.7", "customer", "0.1", "internalProcess", "0.1",
				"learningGrowth", "0.1", "version", version);
		assertThat(postAs("/weights", "director", theirs)).isEqualTo(302);
		this.mvc
			.perform(as(post(this.base + "/weights"), "director").with(csrf())
				.param("financial", "0.4")
				.param("customer", "0.3")
				.param("internalProcess", "0.2")
				.param("learningGrowth", "0.1")
				.param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"weights-conflict\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Financial 0.7")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"0.4\"")));
		assertThat(this.scorecards.scorecard(director()).perspective(Perspective.FINANCIAL).weight())
			.isEqualByComparingTo("0.7");
	}

	@Test
	void theFiguresOfAKpiCountedInPercentMayBeTypedWithTheSignAndThoseOfOthersMayNot() throws Exception {
		// the plan attainment is counted in %: 85% is 85, a full-width １１０％ is 110
		assertThat(postAs("/kpis/" + this.kpi.id() + "/settings", "director",
				Map.of("name", "Sales plan attainment", "baseline", "85%", "target", "１１０％", "weight", "1", "direction",
						"HIGHER_IS_BETTER", "period", "QUARTER", "version", Long.toString(this.kpi.version()))))
			.isEqualTo(302);
		KpiView changed = this.scorecards.kpi(director(), this.kpi.id()).kpi();
		assertThat(changed.baseline()).isEqualByComparingTo("85");
		assertThat(changed.target()).isEqualByComparingTo("110");
		// offered again as the number, with the % beside the field
		this.mvc.perform(as(get(this.base + "/kpis/" + this.kpi.id()), "director"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"baseline\" value=\"85\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"baseline-hint\"")));

		// a KPI counted in days: 5% is no number of days
		Map<String, String> days = new java.util.HashMap<>(Map.of("perspective", "CUSTOMER", "name",
				"Service response time", "unit", "days", "direction", "LOWER_IS_BETTER", "measureType", "DIRECT",
				"baseline", "5%", "target", "2", "weight", "1", "period", "QUARTER"));
		MockHttpServletRequestBuilder request = as(post(this.base + "/kpis"), "director").with(csrf());
		days.forEach(request::param);
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("This KPI is not counted in %: enter the number without the % sign.")));
		assertThat(this.scorecards.kpis(director())).hasSize(1);

		// a custom KPI in %: its value may carry the sign
		days.putAll(Map.of("name", "Share of service calls closed", "unit", "%", "direction", "HIGHER_IS_BETTER",
				"baseline", "70 %", "target", "90"));
		assertThat(postAs("/kpis", "director", days)).isEqualTo(302);
		KpiView share = this.scorecards.kpis(director())
			.stream()
			.filter(k -> k.name().equals("Share of service calls closed"))
			.findFirst()
			.orElseThrow();
		assertThat(share.baseline()).isEqualByComparingTo("70");
		assertThat(postAs("/kpis/" + share.id() + "/measurements", "director",
				Map.of("period", "2026-Q1", "value", "８５．５％")))
			.isEqualTo(302);
		assertThat(this.scorecards.kpi(director(), share.id()).series().get(0).value()).isEqualByComparingTo("85.5");
	}

	@Test
	void aSubmitWithSeveralBadFieldsShowsEveryErrorAtOnce() throws Exception {
		// a text that is no number, and the module's rules on the other fields
		this.mvc
			.perform(as(post(this.base + "/kpis"), "director").with(csrf())
				.param("perspective", "CUSTOMER")
				.param("name", "")
				.param("unit", "")
				.param("direction", "HIGHER_IS_BETTER")
				.param("measureType", "DIRECT")
				.param("baseline", "eighty")
				.param("target", "90")
				.param("weight", "-1")
				.param("period", "QUARTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a number.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a name of at most 200")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a unit of at most 40")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The weight must not be negative.")));
		this.mvc
			.perform(as(post(this.base + "/kpis/" + this.kpi.id() + "/measurements"), "director").with(csrf())
				.param("period", "2026-09")
				.param("numerator", "five")
				.param("denominator", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a number.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The denominator must not be 0")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("measured by quarter")));
		assertThat(this.scorecards.kpis(director())).hasSize(1);
		assertThat(this.scorecards.kpi(director(), this.kpi.id()).series()).hasSize(1);
	}

	@Test
	void aRoundThatCannotBeAdoptedAnswersTheConflictPage() throws Exception {
		// round 1 has no ballot: it cannot be closed, nor adopted
		this.mvc.perform(as(post(this.base + "/rankings/" + this.ranking + "/rounds"), "director").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The round has no ballot yet")));
		this.mvc
			.perform(as(post(this.base + "/rankings/" + this.ranking + "/adoption"), "director").with(csrf())
				.param("round", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be adopted")));
	}

	@Test
	void theScorecardPageSaysWhichPerspectivesWereLeftOut() throws Exception {
		this.mvc.perform(as(get(this.base), "steering"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"left-out\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Learning and growth")));
		this.mvc.perform(as(get(this.base), "steering").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("未计入综合得分")));
	}

	@Test
	void everyScorecardTextExistsInEnglishAndChinese() throws IOException {
		Properties english = load("messages/scorecard.properties");
		Properties chinese = load("messages/scorecard_zh_CN.properties");
		assertThat(english.keySet()).isNotEmpty().isEqualTo(chinese.keySet());
	}

	/** The project as its director opens it. */
	private ProjectHandle director() {
		return this.access.open(this.director, new ProjectId(projectId()));
	}

	private long projectId() {
		return Long.parseLong(this.base.split("/")[2]);
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
