package com.crmtracker.web.api;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.plan.PlanWorld;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The phase, deliverable and gate endpoints of API.md, per role, with their status codes.
 */
@WebAppTest
class PlanApiTest {

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

	@BeforeEach
	void world() {
		this.w = new PlanWorld(this.users, this.projects, this.access, this.plans);
	}

	static RequestPostProcessor as(Actor actor) {
		return httpBasic(actor.username(), PlanWorld.PASSWORD);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void theProjectCarriesItsPhasesAndDeliverables() throws Exception {
		this.mvc.perform(get("/api/v1/projects/{id}", this.w.id()).with(as(this.w.finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phases.length()").value(9))
			.andExpect(jsonPath("$.phases[0].number").value(1))
			.andExpect(jsonPath("$.phases[0].name").value("Project preparation"))
			.andExpect(jsonPath("$.phases[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.phases[0].progress").value(0))
			.andExpect(jsonPath("$.phases[0].version").isNumber())
			.andExpect(jsonPath("$.phases[0].plannedStart").value(this.w.phase(1).plannedStart().toString()))
			.andExpect(jsonPath("$.phases[1].deliverables.length()").value(4))
			.andExpect(jsonPath("$.phases[1].deliverables[0].id").isNumber())
			.andExpect(jsonPath("$.phases[1].deliverables[0].dueDate").isString())
			.andExpect(jsonPath("$.phases[1].deliverables[0].slipDays").isNumber())
			.andExpect(jsonPath("$.phases[1].deliverables[0].weight").value(1))
			.andExpect(jsonPath("$.phases[1].deliverables[0].completedOn").isEmpty());
		this.mvc.perform(get("/api/v1/projects/{id}", this.w.id()).with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDescriptionListsThePlanEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/phases/{number}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/phases/{number}/deliverables'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/deliverables/{deliverableId}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/phases/{number}/gate'].post").exists());
	}

	@Test
	void aProjectIsCreatedFromTheTemplateItNames() throws Exception {
		String draft = "{\"name\": \"API project\", \"organisation\": \"Org\", \"currency\": \"CNY\", "
				+ "\"startDate\": \"2026-01-01\", \"plannedGoLive\": \"2026-12-31\", \"template\": ";
		this.mvc.perform(json(post("/api/v1/projects"), draft + "\"TWELVE_PHASE\"}").with(as(this.w.director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("template"));
		String location = this.mvc
			.perform(json(post("/api/v1/projects"), draft + "\"FIVE_PHASE\"}").with(as(this.w.director)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(as(this.w.director)))
			.andExpect(jsonPath("$.phases.length()").value(5))
			.andExpect(jsonPath("$.phases[0].nameZh").value("项目规划"))
			.andExpect(jsonPath("$.phases[3].plannedEnd").value("2026-12-31"))
			.andExpect(jsonPath("$.phases[4].plannedStart").value("2027-01-01"));
	}

	@Test
	void onlyTheDirectorPatchesAPhase() throws Exception {
		PhaseView phase = this.w.phase(2);
		String body = "{\"plannedEnd\": \"" + phase.plannedEnd().plusDays(10) + "\", \"version\": " + phase.version()
				+ "}";
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body).with(as(this.w.steering)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body).with(as(this.w.finance)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body).with(as(this.w.admin)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body).with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
		assertThat(this.w.phase(2).plannedEnd()).isEqualTo(phase.plannedEnd());
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/2", this.w.id()), body).with(as(this.w.director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedEnd").value(phase.plannedEnd().plusDays(10).toString()))
			.andExpect(jsonPath("$.plannedStart").value(phase.plannedStart().toString()))
			.andExpect(jsonPath("$.version").value(phase.version() + 1));
		this.mvc.perform(json(patch("/api/v1/projects/{id}/phases/99", this.w.id()), body).with(as(this.w.director)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStalePhaseVersionIs409AndNothingChanges() throws Exception {
		PhaseView phase = this.w.phase(3);
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/3", this.w.id()),
					"{\"actualStart\": \"" + phase.plannedStart() + "\", \"version\": " + phase.version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isOk());
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/3", this.w.id()),
					"{\"plannedEnd\": \"2030-01-01\", \"actualStart\": null, \"version\": " + phase.version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		PhaseView after = this.w.phase(3);
		assertThat(after.plannedEnd()).isEqualTo(phase.plannedEnd());
		assertThat(after.actualStart()).isEqualTo(phase.plannedStart());
	}

	@Test
	void aPlannedEndBeforeItsStartIs422NamingTheField() throws Exception {
		PhaseView phase = this.w.phase(4);
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/4", this.w.id()),
					"{\"plannedEnd\": \"" + phase.plannedStart().minusDays(1) + "\", \"version\": " + phase.version()
							+ "}")
				.with(as(this.w.director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedEnd"))
			.andExpect(jsonPath("$.errors[0].message").value("the planned end must not be before the planned start"));
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/4", this.w.id()), "{\"plannedEnd\": \"2026-13-40\"}")
				.with(as(this.w.director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("version", "plannedEnd")));
		assertThat(this.w.phase(4).plannedEnd()).isEqualTo(phase.plannedEnd());
	}

	@Test
	void theDirectorAddsADeliverable() throws Exception {
		String body = "{\"name\": \"Interface to ERP\", \"owner\": \"" + this.w.steering.username()
				+ "\", \"dueDate\": \"2027-03-01\", \"weight\": 2}";
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()), body)
				.with(as(this.w.steering)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()), body)
				.with(as(this.w.finance)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()), body)
				.with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()), body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()), body)
				.with(as(this.w.director)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.name").value("Interface to ERP"))
			.andExpect(jsonPath("$.owner").value(this.w.steering.username()))
			.andExpect(jsonPath("$.ownerName").value("Name of " + this.w.steering.username()))
			.andExpect(jsonPath("$.weight").value(2))
			.andExpect(jsonPath("$.slipDays").value(0))
			.andExpect(jsonPath("$.version").value(0));
		assertThat(this.w.phase(6).deliverables()).hasSize(2);
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()),
					"{\"name\": \" \", \"dueDate\": \"2027-03-01\", \"weight\": -1}")
				.with(as(this.w.director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "weight")));
		// the owner names a member of the project by user name: not a display name, not a
		// user of another project
		for (String owner : new String[] { "Name of " + this.w.steering.username(), this.w.otherDirector.username() }) {
			this.mvc
				.perform(json(post("/api/v1/projects/{id}/phases/6/deliverables", this.w.id()),
						"{\"name\": \"Report list\", \"owner\": \"" + owner + "\", \"dueDate\": \"2027-03-01\"}")
					.with(as(this.w.director)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("owner"))
				.andExpect(jsonPath("$.errors[0].message").value("must be the user name of a member of the project"));
		}
		assertThat(this.w.phase(6).deliverables()).hasSize(2);
	}

	@Test
	void theDirectorPatchesADeliverableAndAStaleVersionIs409() throws Exception {
		DeliverableView d = this.w.phase(5).deliverables().get(0);
		String path = "/api/v1/projects/{id}/deliverables/{d}";
		String body = "{\"owner\": \"" + this.w.director.username() + "\", \"completedOn\": \""
				+ java.time.LocalDate.now() + "\", \"version\": " + d.version() + "}";
		this.mvc.perform(json(patch(path, this.w.id(), d.id()), body).with(as(this.w.steering)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(patch(path, this.w.id(), d.id()), body).with(as(this.w.finance)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(patch(path, this.w.id(), d.id()), body).with(as(this.w.otherDirector)))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(patch(path, this.w.id(), d.id()), body)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(patch(path, this.w.id(), d.id()), body).with(as(this.w.director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owner").value(this.w.director.username()))
			.andExpect(jsonPath("$.name").value(d.name()))
			.andExpect(jsonPath("$.completedOn").value(java.time.LocalDate.now().toString()))
			.andExpect(jsonPath("$.version").value(d.version() + 1));
		this.mvc
			.perform(json(patch(path, this.w.id(), d.id()),
					"{\"owner\": \"Somebody else\", \"version\": " + d.version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isConflict());
		assertThat(this.plans.plan(this.w.open(this.w.director)).deliverable(d.id()).owner())
			.isEqualTo(this.w.director.username());
		this.mvc.perform(json(patch(path, this.w.id(), 999_999_999L), body).with(as(this.w.director)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheProjectsSteeringMembersDecideAGateThatAwaits() throws Exception {
		String path = "/api/v1/projects/{id}/phases/1/gate";
		String approve = "{\"decision\": \"APPROVE\"}";
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.steering)))
			.andExpect(status().isConflict());
		this.w.awaitGate(1);
		this.mvc.perform(json(post(path, this.w.id()), approve)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.director)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.finance)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.admin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.otherSteering)))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(post(path, this.w.id()), "{\"decision\": \"REJECT\"}").with(as(this.w.steering)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(json(post(path, this.w.id()), "{\"decision\": \"MAYBE\"}").with(as(this.w.steering)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		assertThat(this.w.phase(1).status().name()).isEqualTo("AWAITING_GATE");
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.steering)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.progress").value(1))
			.andExpect(jsonPath("$.decisions[0].decision").value("APPROVE"))
			.andExpect(jsonPath("$.decisions[0].decidedBy").value(this.w.steering.username()));
		this.mvc.perform(json(post(path, this.w.id()), approve).with(as(this.w.steering)))
			.andExpect(status().isConflict());
	}

	@Test
	void aResubmissionIsNoDecisionOfTheCommittee() throws Exception {
		this.w.awaitGate(2);
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/2/gate", this.w.id()), "{\"decision\": \"RESUBMIT\"}")
				.with(as(this.w.steering)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.mvc.perform(get("/api/v1/projects/{id}/gates", this.w.id()).with(as(this.w.steering)))
			.andExpect(jsonPath("$.content[1].status").value("AWAITING_GATE"))
			.andExpect(jsonPath("$.content[1].events.length()").value(0));
	}

	@Test
	void aRejectedGateKeepsItsReason() throws Exception {
		this.w.awaitGate(2);
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/2/gate", this.w.id()),
					"{\"decision\": \"REJECT\", \"reason\": \"Training plan misses the service desk\"}")
				.with(as(this.w.steering)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.decisions[0].reason").value("Training plan misses the service desk"));
	}

	@Test
	void aRejectedGateIsResubmittedByItsDirectorAndTheGatesKeepEveryStep() throws Exception {
		this.w.awaitGate(2);
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/2/gate", this.w.id()),
					"{\"decision\": \"REJECT\", \"reason\": \"Training plan misses the service desk\"}")
				.with(as(this.w.steering)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resubmittable").value(true));
		String path = "/api/v1/projects/{id}/phases/2/gate/resubmissions";
		this.mvc.perform(json(post(path, this.w.id()), "{}").with(as(this.w.steering)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(path, this.w.id()), "{\"note\": \"Service desk added\"}").with(as(this.w.director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_GATE"))
			.andExpect(jsonPath("$.decisions[1].decision").value("RESUBMIT"))
			.andExpect(jsonPath("$.decisions[1].reason").value("Service desk added"));
		// a second resubmission while it awaits the gate: 409
		this.mvc.perform(json(post(path, this.w.id()), "{}").with(as(this.w.director)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(json(post("/api/v1/projects/{id}/phases/2/gate", this.w.id()), "{\"decision\": \"APPROVE\"}")
				.with(as(this.w.steering)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects/{id}/gates", this.w.id()).with(as(this.w.finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(9))
			.andExpect(jsonPath("$.content[1].phase").value(2))
			.andExpect(jsonPath("$.content[1].status").value("DONE"))
			.andExpect(jsonPath("$.content[1].events[*].decision").value(contains("REJECT", "RESUBMIT", "APPROVE")))
			.andExpect(jsonPath("$.content[1].events[2].decidedBy").value(this.w.steering.username()))
			.andExpect(jsonPath("$.content[0].events.length()").value(0));
	}

	@Test
	void theProjectWarnsWhenTheCutoverEndsAfterGoLiveAndDeliverablesFollowTheirPhase() throws Exception {
		this.mvc.perform(get("/api/v1/projects/{id}", this.w.id()).with(as(this.w.steering)))
			.andExpect(jsonPath("$.warnings.length()").value(0))
			.andExpect(jsonPath("$.phases[7].goLive").value(true));
		var cutover = this.w.phase(8);
		java.time.LocalDate due = cutover.deliverables().get(0).dueDate();
		// 12 days later, start and end; the deliverables follow by default
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/8", this.w.id()),
					"{\"plannedStart\": \"" + cutover.plannedStart().plusDays(12) + "\", \"plannedEnd\": \""
							+ cutover.plannedEnd().plusDays(12) + "\", \"version\": " + cutover.version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliverables[0].dueDate").value(due.plusDays(12).toString()));
		this.mvc.perform(get("/api/v1/projects/{id}", this.w.id()).with(as(this.w.steering)))
			.andExpect(jsonPath("$.warnings[0].code").value("GO_LIVE_AT_RISK"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("12 days after the planned go-live")));
		// back 12 days with moveDeliverables false: the warning goes, the deliverables
		// stay
		cutover = this.w.phase(8);
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/8", this.w.id()),
					"{\"plannedStart\": \"" + cutover.plannedStart().minusDays(12) + "\", \"plannedEnd\": \""
							+ cutover.plannedEnd().minusDays(12) + "\", \"moveDeliverables\": false, \"version\": "
							+ cutover.version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliverables[0].dueDate").value(due.plusDays(12).toString()));
		this.mvc.perform(get("/api/v1/projects/{id}", this.w.id()).with(as(this.w.steering)))
			.andExpect(jsonPath("$.warnings.length()").value(0));
		this.mvc
			.perform(json(patch("/api/v1/projects/{id}/phases/8", this.w.id()),
					"{\"moveDeliverables\": \"yes\", \"version\": " + this.w.phase(8).version() + "}")
				.with(as(this.w.director)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("moveDeliverables"));
	}

}
