package com.crmtracker.web.plan;

import java.math.BigDecimal;
import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.MemberView;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.Projects;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Owners chosen from the project's members on the deliverable form; an owner typed before
 * owners were members shown as typed and kept; a member who owns open deliverables is not
 * removed; a renamed template deliverable in the history in the reader's language.
 */
@WebAppTest
class DeliverableOwnerPagesTest {

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

	@Autowired
	JdbcTemplate jdbc;

	PlanWorld w;

	Actor team;

	@BeforeEach
	void world() {
		this.w = new PlanWorld(this.users, this.projects, this.access, this.plans);
		String username = "team-" + this.w.director.username();
		this.users.create(new NewUser(username, PlanWorld.PASSWORD, "Zhou Min", java.util.Set.of()));
		this.projects.addMember(this.w.open(this.w.director),
				new NewMember(username, Membership.TEAM, "Marketing key user", null, new BigDecimal("20"), false));
		this.team = new Actor(username, java.util.Set.of());
	}

	@Test
	void theOwnerIsChosenFromTheMembersByDisplayNameAndANonMemberIsRefusedOnTheForm() throws Exception {
		Document form = page("/projects/" + this.w.id() + "/plan/phases/6/deliverables/new", Locale.ENGLISH);
		assertThat(form.select("select#owner option").eachText()).containsExactly("No owner",
				"Name of " + this.w.director.username(), "Name of " + this.w.steering.username(), "Zhou Min");
		assertThat(form.select("select#owner option").eachAttr("value")).contains(this.team.username());
		assertThat(form.select("label[for=owner]").text()).isEqualTo("Owner");

		this.mvc
			.perform(post("/projects/{id}/plan/phases/6/deliverables/new", this.w.id())
				.with(PlanPagesTest.as(this.w.director))
				.with(csrf())
				.param("name", "Campaign list")
				.param("owner", this.team.username())
				.param("dueDate", "2030-01-10")
				.param("weight", "1"))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#phase-6"));
		Document plan = page("/projects/" + this.w.id() + "/plan", Locale.ENGLISH);
		assertThat(plan.select("#phase-6 tr.deliverable").text()).contains("Campaign list", "Zhou Min");

		String refused = this.mvc
			.perform(post("/projects/{id}/plan/phases/6/deliverables/new", this.w.id())
				.with(PlanPagesTest.as(this.w.director))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("name", "Interface list")
				.param("owner", this.w.otherDirector.username())
				.param("dueDate", "2030-01-10")
				.param("weight", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document again = Jsoup.parse(refused);
		assertThat(again.select("#owner-errors").text()).isEqualTo("请选择本项目的成员作为负责人。");
		assertThat(again.select("#form-errors a[href=#owner]").text()).contains("负责人");
		assertThat(again.select("select#owner").hasAttr("autofocus")).isTrue();
		assertThat(this.w.phase(6).deliverables()).extracting(DeliverableView::name).doesNotContain("Interface list");
	}

	@Test
	void anOwnerTypedBeforeOwnersWereMembersIsShownAsTypedAndKeptWhenTheDeliverableIsSaved() throws Exception {
		DeliverableView d = this.w.phase(5).deliverables().get(0);
		this.jdbc.update("update deliverable set owner_text = 'Old Wang', owner_username = null where id = ?", d.id());
		Document plan = page("/projects/" + this.w.id() + "/plan", Locale.ENGLISH);
		assertThat(plan.select("#deliverable-" + d.id()).text()).contains("Old Wang");

		Document form = page("/projects/" + this.w.id() + "/plan/deliverables/" + d.id() + "/edit", Locale.ENGLISH);
		assertThat(form.select("select#owner option[selected]").text())
			.isEqualTo("Old Wang (as typed before owners were members)");
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/edit", this.w.id(), d.id())
				.with(PlanPagesTest.as(this.w.director))
				.with(csrf())
				.param("name", d.name())
				.param("owner", "Old Wang")
				.param("dueDate", d.dueDate().toString())
				.param("weight", "2")
				.param("version", String.valueOf(d.version())))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#phase-5"));
		DeliverableView saved = this.plans.plan(this.w.open(this.w.director)).deliverable(d.id());
		assertThat(saved.owner()).isEqualTo("Old Wang");
		assertThat(saved.ownerIsMember()).isFalse();
		assertThat(saved.weight()).isEqualByComparingTo("2");
	}

	@Test
	void aMemberWhoOwnsOpenDeliverablesIsNotRemovedAndThePageSaysWhy() throws Exception {
		DeliverableView d = this.w.phase(2).deliverables().get(0);
		this.plans.updateDeliverable(this.w.open(this.w.director), d.id(), d.version(),
				new com.crmtracker.project.DeliverableDraft(d.name(), this.team.username(), d.dueDate(), null, null,
						null));
		MemberView member = this.projects.organisation(this.w.open(this.w.director))
			.people()
			.stream()
			.filter(m -> m.username().equals(this.team.username()))
			.findFirst()
			.orElseThrow();
		String page = this.mvc
			.perform(post("/projects/{id}/members/{m}/remove", this.w.id(), member.id())
				.with(PlanPagesTest.as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).text()).contains(
				"This person still owns open deliverables of the project: give them another owner on the plan first, then remove the member.");
		assertThat(this.projects.organisation(this.w.open(this.w.director)).people()).extracting(MemberView::username)
			.contains(this.team.username());
		// the API says the same, with its code
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/projects/{id}/members/{m}", this.w.id(), member.id())
				.with(PlanPagesTest.as(this.w.director)))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
				.value("member.ownsOpenDeliverables"));
	}

	@Test
	void aRenamedTemplateDeliverableShowsItsOldNameInTheReadersLanguageInTheHistory() throws Exception {
		DeliverableView d = this.w.phase(5).deliverables().get(0);
		assertThat(d.nameZh()).isEqualTo("原型测试报告");
		this.plans.updateDeliverable(this.w.open(this.w.director), d.id(), d.version(),
				new com.crmtracker.project.DeliverableDraft("Prototype report (second round)", this.team.username(),
						d.dueDate(), null, null, null));
		String changes = page("/projects/" + this.w.id() + "/history", Locale.SIMPLIFIED_CHINESE)
			.select("#history tr.history-entry[data-subject=DELIVERABLE][data-action=CHANGED]")
			.text();
		assertThat(changes).contains("原型测试报告", "Prototype report (second round)", "Zhou Min")
			.doesNotContain("Prototype test report");
		assertThat(page("/projects/" + this.w.id() + "/history", Locale.ENGLISH).text())
			.contains("Prototype test report");
	}

	private Document page(String path, Locale locale) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(PlanPagesTest.as(this.w.director)).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
