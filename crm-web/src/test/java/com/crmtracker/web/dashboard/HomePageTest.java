package com.crmtracker.web.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page of a director: the open deliverables he or she owns across the projects
 * he or she may see, with project, phase, due date and slip, linking to the plan.
 */
@WebAppTest
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Autowired
	ProjectPlans plans;

	@Test
	void aDirectorsHomeListsTheOpenDeliverablesHeOwnsSoonestFirstWithTheirSlip() throws Exception {
		Actor director = this.world.aDirector("home.director." + System.nanoTime() % 100000);
		ProjectSummary first = this.world.aNinePhaseProject(director, "Home A " + System.nanoTime());
		ProjectSummary second = this.world.aNinePhaseProject(director, "Home B " + System.nanoTime());
		DeliverableView late = add(director, first, 3, "Interface list", LocalDate.now().minusDays(6), null);
		DeliverableView next = add(director, second, 4, "Data model", LocalDate.now().plusDays(10), null);
		add(director, first, 4, "Signed off", LocalDate.now().minusDays(2), LocalDate.now().minusDays(1));
		add(director, first, 4, "The chair's", LocalDate.now().minusDays(9), null, "steering");

		Document zh = home(director, Locale.SIMPLIFIED_CHINESE);
		List<Element> rows = zh.select("#my-deliverables-list tbody tr");
		assertThat(rows).extracting(Element::id)
			.containsExactly("my-deliverable-" + late.id(), "my-deliverable-" + next.id());
		Element row = rows.get(0);
		assertThat(row.hasClass("overdue")).isTrue();
		assertThat(row.text()).contains("Interface list", first.name(), "3. 分析和诊断",
				LocalDate.now().minusDays(6).toString(), "逾期", "6 天");
		assertThat(row.selectFirst("a").attr("href"))
			.isEqualTo("/projects/" + first.id() + "/plan#deliverable-" + late.id());
		assertThat(rows.get(1).hasClass("overdue")).isFalse();
		assertThat(rows.get(1).text()).contains("Data model", second.name(), "4. 描绘业务蓝图", "–");
		// the projects are listed below
		assertThat(zh.select("#project-list a.project-link").eachText()).contains(first.name(), second.name());

		Document en = home(director, Locale.ENGLISH);
		assertThat(en.select("#my-deliverables-list tbody tr").get(0).text()).contains("3. Analysis and diagnosis",
				"Overdue", "6 days");
	}

	@Test
	void aDirectorWhoOwnsNothingOpenIsToldSo() throws Exception {
		Actor director = this.world.aDirector("home.empty." + System.nanoTime() % 100000);
		this.world.aNinePhaseProject(director, "Home empty " + System.nanoTime());
		Document en = home(director, Locale.ENGLISH);
		assertThat(en.select("#my-deliverables-list")).isEmpty();
		assertThat(en.select("#my-deliverables-none").text())
			.isEqualTo("You own no open deliverable in the projects you may see.");
		assertThat(home(director, Locale.SIMPLIFIED_CHINESE).select("#my-deliverables-none").text())
			.isEqualTo("在您可以查看的项目中，您没有负责的未完成交付成果。");
	}

	@Test
	void theListIsOneQueryHoweverManyProjectsTheDirectorHas() throws Exception {
		Actor director = this.world.aDirector("home.count." + System.nanoTime() % 100000);
		ProjectSummary one = this.world.aNinePhaseProject(director, "Home count " + System.nanoTime());
		add(director, one, 2, "Only one", LocalDate.now().plusDays(3), null);
		List<String> withOne = statements(director);
		for (int i = 0; i < 4; i++) {
			ProjectSummary more = this.world.aNinePhaseProject(director, "Home count " + i + " " + System.nanoTime());
			add(director, more, 2, "One more " + i, LocalDate.now().plusDays(4 + i), null);
		}
		List<String> withFive = statements(director);
		assertThat(withFive).hasSameSizeAs(withOne).doesNotHaveDuplicates();
		assertThat(home(director, Locale.ENGLISH).select("#my-deliverables-list tbody tr")).hasSize(5);
	}

	@Test
	void aSteeringMembersHomeIsThePortfolioWithTheirOpenDeliverablesAboveItOnlyWhenThereAreAny() throws Exception {
		Actor steering = this.world.aSteeringMember("home.steering." + System.nanoTime() % 100000);
		Actor director = this.world.aDirector("home.sdirector." + System.nanoTime() % 100000);
		ProjectSummary project = this.world.aNinePhaseProject(director, "Home steering " + System.nanoTime());
		this.world.joinCommittee(director, project, steering);
		Document before = home(steering, Locale.ENGLISH);
		assertThat(before.select("#portfolio")).isNotEmpty();
		assertThat(before.select("#my-deliverables")).isEmpty();
		add(director, project, 1, "Sponsor letter", LocalDate.now().plusDays(5), null, steering.username());
		Document after = home(steering, Locale.ENGLISH);
		assertThat(after.select("#portfolio")).isNotEmpty();
		assertThat(after.select("#my-deliverables-list tbody tr").text()).contains("Sponsor letter", project.name());
	}

	@Test
	void aTeamMembersHomeListsHisDeliverablesByProjectNameWithoutALinkToThePlanHeMayNotOpen() throws Exception {
		Actor director = this.world.aDirector("home.tdirector." + System.nanoTime() % 100000);
		ProjectSummary project = this.world.aNinePhaseProject(director, "Home team " + System.nanoTime());
		Actor team = this.world.aTeamMember(director, project, "home.team." + System.nanoTime() % 100000, "Zhou Min");
		DeliverableView mine = add(director, project, 5, "Campaign data", LocalDate.now().plusDays(7), null,
				team.username());
		add(director, project, 5, "Not his", LocalDate.now().plusDays(3), null);

		Document zh = home(team, Locale.SIMPLIFIED_CHINESE);
		List<Element> rows = zh.select("#my-deliverables-list tbody tr");
		assertThat(rows).extracting(Element::id).containsExactly("my-deliverable-" + mine.id());
		assertThat(rows.get(0).text()).contains("Campaign data", project.name(), "5. ",
				LocalDate.now().plusDays(7).toString());
		// the project stays closed to him: no link to its plan, and the plan is not found
		assertThat(rows.get(0).select("a")).isEmpty();
		this.mvc.perform(get("/projects/" + project.id() + "/plan").with(user(team.username()).roles()))
			.andExpect(status().isNotFound());
	}

	private DeliverableView add(Actor director, ProjectSummary project, int phase, String name, LocalDate due,
			LocalDate completed) {
		return add(director, project, phase, name, due, completed, director.username());
	}

	private DeliverableView add(Actor director, ProjectSummary project, int phase, String name, LocalDate due,
			LocalDate completed, String owner) {
		return this.plans.addDeliverable(this.world.open(director, project), phase,
				new DeliverableDraft(name, owner, due, completed, null, null));
	}

	private Document home(Actor actor, Locale locale) throws Exception {
		String html = this.mvc
			.perform(get("/")
				.with(user(actor.username()).roles(actor.roles().stream().map(Enum::name).toArray(String[]::new)))
				.locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private List<String> statements(Actor director) throws Exception {
		home(director, Locale.ENGLISH);
		StatementCounter.reset();
		home(director, Locale.ENGLISH);
		return List.copyOf(StatementCounter.sql);
	}

}
