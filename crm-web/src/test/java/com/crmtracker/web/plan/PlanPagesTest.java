package com.crmtracker.web.plan;

import java.util.Locale;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan pages per role, the stale-version form and the gate on the project page. */
@WebAppTest
class PlanPagesTest {

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
	com.crmtracker.project.MethodologyTemplates templates;

	PlanWorld w;

	@BeforeEach
	void world() {
		this.w = new PlanWorld(this.users, this.projects, this.access, this.plans);
	}

	static RequestPostProcessor as(Actor actor) {
		return user(actor.username()).roles(actor.roles().stream().map(Enum::name).toArray(String[]::new));
	}

	@Test
	void everyoneWhoSeesTheProjectSeesItsPlanAndNobodyElse() throws Exception {
		for (Actor actor : new Actor[] { this.w.director, this.w.steering, this.w.finance, this.w.admin }) {
			this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(actor)).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Project preparation"), containsString("<svg"),
						containsString("Top-management commitment"))));
			this.mvc.perform(get("/projects/{id}/schedule", this.w.id()).with(as(actor))).andExpect(status().isOk());
			this.mvc.perform(get("/projects/{id}/history", this.w.id()).with(as(actor))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/{id}/history", this.w.id()).with(as(this.w.otherSteering)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/{id}/plan", this.w.id())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aChineseReaderSeesChinesePhaseAndDeliverableNames() throws Exception {
		this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(this.w.director)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("项目准备"), containsString("高层管理者的承诺"),
					containsString("编辑日期"), not(containsString("Top-management commitment")))));
	}

	@Test
	void onlyTheDirectorEditsAPhase() throws Exception {
		PhaseView phase = this.w.phase(2);
		for (Actor actor : new Actor[] { this.w.steering, this.w.finance, this.w.admin }) {
			this.mvc.perform(get("/projects/{id}/plan/phases/2/edit", this.w.id()).with(as(actor)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/projects/{id}/plan/phases/2/edit", this.w.id()).with(as(actor))
					.with(csrf())
					.param("plannedStart", phase.plannedStart().toString())
					.param("plannedEnd", phase.plannedEnd().plusDays(9).toString())
					.param("version", String.valueOf(phase.version())))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/projects/{id}/plan/phases/2/edit", this.w.id()).with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
		assertThat(this.w.phase(2).plannedEnd()).isEqualTo(phase.plannedEnd());
		this.mvc
			.perform(post("/projects/{id}/plan/phases/2/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("plannedStart", phase.plannedStart().toString())
				.param("plannedEnd", phase.plannedEnd().plusDays(9).toString())
				.param("version", String.valueOf(phase.version())))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#phase-2"));
		assertThat(this.w.phase(2).plannedEnd()).isEqualTo(phase.plannedEnd().plusDays(9));
	}

	@Test
	void aPlannedEndBeforeItsStartComesBackWithAClearMessage() throws Exception {
		PhaseView phase = this.w.phase(3);
		this.mvc
			.perform(post("/projects/{id}/plan/phases/3/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("plannedStart", phase.plannedStart().toString())
				.param("plannedEnd", phase.plannedStart().minusDays(3).toString())
				.param("version", String.valueOf(phase.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The planned end must not be before the planned start.")));
		assertThat(this.w.phase(3).plannedEnd()).isEqualTo(phase.plannedEnd());
	}

	@Test
	void aStalePhaseFormComesBackWithTheOtherPersonsValuesAndNothingIsOverwritten() throws Exception {
		PhaseView read = this.w.phase(4);
		// someone else saves first
		this.plans.updatePhase(this.w.open(this.w.director), 4, read.version(),
				new com.crmtracker.project.PhaseDates(read.plannedStart(), read.plannedEnd().plusDays(7), null, null));
		this.mvc
			.perform(post("/projects/{id}/plan/phases/4/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("plannedStart", read.plannedStart().toString())
				.param("plannedEnd", read.plannedEnd().plusDays(30).toString())
				.param("version", String.valueOf(read.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"conflict\""), containsString("Someone else saved this in the meantime"),
							containsString(read.plannedEnd().plusDays(7).toString()))));
		assertThat(this.w.phase(4).plannedEnd()).isEqualTo(read.plannedEnd().plusDays(7));
	}

	@Test
	void aStaleDeliverableFormAndButtonAreRefusedAndNothingIsOverwritten() throws Exception {
		DeliverableView read = this.w.phase(5).deliverables().get(0);
		this.plans.updateDeliverable(this.w.open(this.w.director), read.id(), read.version(),
				new com.crmtracker.project.DeliverableDraft(read.name(), this.w.steering.username(), read.dueDate(),
						null, null, null));
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/edit", this.w.id(), read.id()).with(as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("name", "My name")
				.param("owner", this.w.director.username())
				.param("dueDate", read.dueDate().toString())
				.param("weight", "5")
				.param("version", String.valueOf(read.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"conflict\""), containsString("Name of " + this.w.steering.username()),
							// saving again saves over the other person's values knowingly
							containsString("name=\"version\" value=\"" + (read.version() + 1) + "\""))));
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/complete", this.w.id(), read.id())
				.with(as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("version", String.valueOf(read.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Changed in the meantime"),
					containsString("href=\"/projects/" + this.w.id() + "/plan\""))));
		DeliverableView now = this.plans.plan(this.w.open(this.w.director)).deliverable(read.id());
		assertThat(now.owner()).isEqualTo(this.w.steering.username());
		assertThat(now.weight()).isEqualByComparingTo("1");
		assertThat(now.completedOn()).isNull();
	}

	@Test
	void aStaleDeleteFromThePlanPageAnswersTheConflictPageAndDeletesNothing() throws Exception {
		DeliverableView read = this.w.phase(6).deliverables().get(0);
		this.plans.updateDeliverable(this.w.open(this.w.director), read.id(), read.version(),
				new com.crmtracker.project.DeliverableDraft(read.name(), this.w.steering.username(), read.dueDate(),
						null, null, null));
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/delete", this.w.id(), read.id())
				.with(as(this.w.director))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("version", String.valueOf(read.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("内容已被更改")));
		assertThat(this.plans.plan(this.w.open(this.w.director)).deliverable(read.id()).owner())
			.isEqualTo(this.w.steering.username());
	}

	@Test
	void aDeliverableWithSeveralBadFieldsShowsEveryProblemAtOnceAndAddsNothing() throws Exception {
		int before = this.w.phase(6).deliverables().size();
		this.mvc
			.perform(post("/projects/{id}/plan/phases/6/deliverables/new", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.locale(Locale.ENGLISH)
				.param("name", " ")
				.param("dueDate", "31.06.2026")
				.param("weight", "-2")
				.param("documentLink", "https://example.com/" + "x".repeat(1000)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-errors\""),
					containsString("id=\"dueDate-errors\""), containsString("Enter a date as YYYY-MM-DD."),
					containsString("id=\"weight-errors\""), containsString("id=\"documentLink-errors\""),
					// what was typed comes back to be corrected
					containsString("value=\"31.06.2026\""))));
		assertThat(this.w.phase(6).deliverables()).hasSize(before);
	}

	@Test
	void theDirectorAddsCompletesAndDeletesDeliverablesThroughThePage() throws Exception {
		this.mvc
			.perform(post("/projects/{id}/plan/phases/6/deliverables/new", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("name", "ERP interface")
				.param("owner", this.w.director.username())
				.param("dueDate", java.time.LocalDate.now().minusDays(3).toString())
				.param("weight", "2")
				.param("documentLink", "https://docs.example.com/erp"))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#phase-6"));
		DeliverableView added = this.w.phase(6)
			.deliverables()
			.stream()
			.filter(d -> d.name().equals("ERP interface"))
			.findFirst()
			.orElseThrow();
		assertThat(added.overdue()).isTrue();
		this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(this.w.finance)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("id=\"overdue-summary\""),
					containsString("href=\"https://docs.example.com/erp\""), containsString("3 days"))));
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/complete", this.w.id(), added.id())
				.with(as(this.w.finance))
				.with(csrf())
				.param("version", String.valueOf(added.version())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/complete", this.w.id(), added.id())
				.with(as(this.w.director))
				.with(csrf())
				.param("version", String.valueOf(added.version())))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#phase-6"));
		DeliverableView done = this.plans.plan(this.w.open(this.w.director)).deliverable(added.id());
		assertThat(done.completedOn()).isEqualTo(java.time.LocalDate.now());
		this.mvc
			.perform(post("/projects/{id}/plan/deliverables/{d}/delete", this.w.id(), added.id())
				.with(as(this.w.director))
				.with(csrf())
				.param("version", String.valueOf(done.version())))
			// the message with its undo button where the eye is
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "/plan#flash"));
		assertThat(this.plans.plan(this.w.open(this.w.director)).deliverable(added.id())).isNull();
	}

	@Test
	void theProjectPageShowsTheWaitingGateAndOnlyItsSteeringMembersDecide() throws Exception {
		this.w.awaitGate(1);
		this.mvc.perform(get("/projects/{id}", this.w.id()).with(as(this.w.steering)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"gate-1\""), containsString("id=\"approve-1\""))));
		this.mvc.perform(get("/projects/{id}", this.w.id()).with(as(this.w.director)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("id=\"gate-1\""), not(containsString("id=\"approve-1\"")),
					containsString("Waiting for the steering committee to decide."))));
		for (Actor actor : new Actor[] { this.w.director, this.w.finance, this.w.admin }) {
			this.mvc
				.perform(post("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(actor))
					.with(csrf())
					.param("decision", "APPROVE"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.otherSteering))
				.with(csrf())
				.param("decision", "APPROVE"))
			.andExpect(status().isNotFound());
		assertThat(this.w.phase(1).status()).isEqualTo(PhaseStatus.AWAITING_GATE);
		this.mvc
			.perform(post("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.steering))
				.with(csrf())
				.param("decision", "REJECT")
				.param("from", "project"))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "#gates"))
			.andExpect(flash().attribute("planErrors", java.util.List.of("gate.reason.required")));
		assertThat(this.w.phase(1).status()).isEqualTo(PhaseStatus.AWAITING_GATE);
		this.mvc
			.perform(post("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.steering))
				.with(csrf())
				.param("decision", "APPROVE")
				.param("from", "project"))
			.andExpect(redirectedUrl("/projects/" + this.w.id() + "#gates"));
		assertThat(this.w.phase(1).status()).isEqualTo(PhaseStatus.DONE);
		this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(this.w.director)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("Gate approved"),
					containsString("by Name of " + this.w.steering.username()))));
	}

	@Test
	void aBaselineIsSavedByTheDirectorAndTheScheduleShowsTheDrift() throws Exception {
		this.mvc
			.perform(post("/projects/{id}/baselines", this.w.id()).with(as(this.w.steering))
				.with(csrf())
				.param("name", "Mine"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/projects/{id}/baselines", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("name", "Signed plan"))
			.andExpect(redirectedUrlPattern("/projects/" + this.w.id() + "/schedule?baseline=*"));
		PhaseView phase = this.w.phase(7);
		this.plans.updatePhase(this.w.open(this.w.director), 7, phase.version(), new com.crmtracker.project.PhaseDates(
				phase.plannedStart(), phase.plannedEnd().plusDays(12), null, null));
		// the phase's two open deliverables moved with it
		this.mvc.perform(get("/projects/{id}/schedule", this.w.id()).with(as(this.w.steering)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Signed plan"), containsString("12 d"),
					containsString("1 phase and 2 deliverables moved."))));
	}

	@Test
	void theHistoryListsChangesWithWhoMadeThem() throws Exception {
		PhaseView phase = this.w.phase(8);
		this.mvc
			.perform(post("/projects/{id}/plan/phases/8/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("plannedStart", phase.plannedStart().toString())
				.param("plannedEnd", phase.plannedEnd().plusDays(4).toString())
				.param("version", String.valueOf(phase.version())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/projects/{id}/history", this.w.id()).with(as(this.w.finance)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Phase changed"), containsString("Name of " + this.w.director.username()),
						containsString(phase.plannedEnd().plusDays(4).toString()))));
	}

	@Test
	void onlyAdminsManageTemplatesAndACopyNeverChangesExistingProjects() throws Exception {
		this.mvc.perform(get("/admin/templates").with(as(this.w.director))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/templates").with(as(this.w.admin)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("NINE_PHASE"), containsString("SIX_PHASE"))));
		String code = "T" + (System.nanoTime() % 1_000_000);
		this.mvc
			.perform(post("/admin/templates/THREE_PHASE/copy").with(as(this.w.admin))
				.with(csrf())
				.param("newCode", code)
				.param("nameEn", "Lean")
				.param("nameZh", "精简"))
			.andExpect(redirectedUrl("/admin/templates/" + code + "/edit"));
		this.mvc
			.perform(post("/admin/templates/{c}/edit", code).with(as(this.w.admin))
				.with(csrf())
				.param("nameEn", "Lean")
				.param("nameZh", "精简")
				.param("version", String.valueOf(this.templates.get(code).version()))
				.param("phases[0].nameEn", "Plan")
				.param("phases[0].nameZh", "计划")
				.param("phases[0].durationWeight", "1")
				.param("phases[0].deliverables", "Charter | 章程\nBudget | 预算")
				.param("phases[1].nameEn", "Run")
				.param("phases[1].nameZh", "运行")
				.param("phases[1].durationWeight", "2")
				.param("phases[1].deliverables", ""))
			.andExpect(redirectedUrl("/admin/templates/" + code));
		this.mvc.perform(get("/admin/templates/{c}", code).with(as(this.w.admin)))
			.andExpect(content().string(allOf(containsString("章程 · Charter"), containsString("运行 · Run"))));
		assertThat(this.w.phase(1).nameEn()).isEqualTo("Project preparation");
		assertThat(this.plans.plan(this.w.open(this.w.director)).phases()).hasSize(9);
	}

	@Test
	void theGoLiveWarningShowsOnThePlanTheDashboardAndThePortfolio() throws Exception {
		PhaseView cutover = this.w.phase(8);
		// the cutover 9 days after the planned go-live
		this.mvc
			.perform(post("/projects/{id}/plan/phases/8/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("plannedStart", cutover.plannedStart().toString())
				.param("plannedEnd", cutover.plannedEnd().plusDays(9).toString())
				.param("version", String.valueOf(cutover.version()))
				.param("moveDeliverables", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.w.phase(8).deliverables().get(0).dueDate())
			.isEqualTo(cutover.deliverables().get(0).dueDate().plusDays(9));
		for (String page : new String[] { "/projects/{id}/plan", "/projects/{id}/dashboard" }) {
			this.mvc.perform(get(page, this.w.id()).with(as(this.w.steering)).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"go-live-at-risk\""),
						containsString("9 days after the planned go-live"))));
		}
		this.mvc.perform(get("/portfolio").with(as(this.w.steering)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Go-live at risk: cutover 9 days late")));
		// the phase form unticked leaves the deliverables where they are
		PhaseView moved = this.w.phase(8);
		this.mvc
			.perform(post("/projects/{id}/plan/phases/8/edit", this.w.id()).with(as(this.w.director))
				.with(csrf())
				.param("plannedStart", moved.plannedStart().toString())
				.param("plannedEnd", moved.plannedEnd().minusDays(9).toString())
				.param("version", String.valueOf(moved.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.w.phase(8).deliverables().get(0).dueDate()).isEqualTo(moved.deliverables().get(0).dueDate());
		this.mvc.perform(get("/projects/{id}/plan", this.w.id()).with(as(this.w.steering)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"go-live-at-risk\""))));
	}

	@Test
	void theGatePageShowsTheDeliverablesTheFiguresAndTheFormsOfTheReadersRights() throws Exception {
		this.w.awaitGate(1);
		this.mvc
			.perform(get("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.steering))
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Top-management commitment"),
					containsString("id=\"gate-bac\""), containsString("id=\"approve-1\""))));
		this.mvc.perform(get("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"approve-1\""))));
		this.mvc.perform(get("/projects/{id}/plan/phases/99/gate", this.w.id()).with(as(this.w.steering)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/{id}/plan/phases/1/gate", this.w.id()).with(as(this.w.otherSteering)))
			.andExpect(status().isNotFound());
	}

}
