package com.crmtracker.web.api;

import com.crmtracker.domain.Actor;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A creating POST sent again with its {@code Idempotency-Key} answers the first answer
 * and stores nothing new; the key with another body is refused; keys are per user.
 */
@WebAppTest
class IdempotentPostsTest {

	static final String LINE = """
			{"category": "HARDWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "%s",
			 "amount": "%s", "vendor": "Dell"}""";

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
	JdbcClient jdbc;

	PlanWorld w;

	String base;

	Actor secondFinance;

	@BeforeEach
	void world() {
		this.w = new PlanWorld(this.users, this.projects, this.access, this.plans);
		this.base = "/api/v1/projects/" + this.w.project.value();
		this.secondFinance = new PlanWorld(this.users, this.projects, this.access, this.plans).finance;
	}

	private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request, Actor actor, String key) throws Exception {
		request.with(httpBasic(actor.username(), PlanWorld.PASSWORD));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.mvc.perform(request).andReturn();
	}

	private MvcResult postLine(Actor actor, String key, String amount) throws Exception {
		return send(post(this.base + "/cost-lines").contentType(MediaType.APPLICATION_JSON)
			.content(LINE.formatted(this.w.open(this.w.director).startDate().plusDays(3), amount)), actor, key);
	}

	private long lines() {
		return this.jdbc.sql("select count(*) from cost_line where project_id = ?")
			.param(this.w.project.value())
			.query(Long.class)
			.single();
	}

	private long kept() {
		return this.jdbc.sql("select count(*) from api_idempotency").query(Long.class).single();
	}

	@Test
	void theSameKeyAndBodyAnswerTheFirstAnswerAgainAndStoreNothingNew() throws Exception {
		MvcResult first = postLine(this.w.finance, "line-1", "100.00");
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		long linesAfterFirst = lines();
		long keptAfterFirst = kept();
		MvcResult again = postLine(this.w.finance, "line-1", "100.00");
		assertThat(again.getResponse().getStatus()).isEqualTo(201);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(again.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(again.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("true");
		assertThat(lines()).isEqualTo(linesAfterFirst);
		assertThat(kept()).isEqualTo(keptAfterFirst);
		// without a key, the same body is a new line
		assertThat(postLine(this.w.finance, null, "100.00").getResponse().getStatus()).isEqualTo(201);
		assertThat(lines()).isEqualTo(linesAfterFirst + 1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() throws Exception {
		assertThat(postLine(this.w.finance, "line-2", "100.00").getResponse().getStatus()).isEqualTo(201);
		long before = lines();
		MvcResult other = postLine(this.w.finance, "line-2", "250.00");
		assertThat(other.getResponse().getStatus()).isEqualTo(422);
		assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat((String) JsonPath.read(other.getResponse().getContentAsString(), "$.title"))
			.isEqualTo("Idempotency key reused");
		assertThat(lines()).isEqualTo(before);
	}

	@Test
	void keysArePerUser() throws Exception {
		String key = "shared-key-" + System.nanoTime();
		assertThat(postLine(this.w.finance, key, "100.00").getResponse().getStatus()).isEqualTo(201);
		long before = lines();
		MvcResult other = postLine(this.secondFinance, key, "100.00");
		assertThat(other.getResponse().getStatus()).isEqualTo(201);
		assertThat(other.getResponse().getHeader("Idempotency-Replayed")).isNull();
		assertThat(lines()).isEqualTo(before + 1);
	}

	@Test
	void aRefusedRequestKeepsNothingSoItsKeyMayBeSentAgain() throws Exception {
		assertThat(postLine(this.w.finance, "line-3", "not money").getResponse().getStatus()).isEqualTo(422);
		long before = lines();
		assertThat(postLine(this.w.finance, "line-3", "100.00").getResponse().getStatus()).isEqualTo(201);
		assertThat(lines()).isEqualTo(before + 1);
		assertThat(postLine(this.w.finance, "  ", "100.00").getResponse().getStatus()).isEqualTo(422);
	}

	@Test
	void benefitsDeliverablesAndImportsAreIdempotentToo() throws Exception {
		String benefit = "{\"year\": 2, \"kind\": \"PLANNED\", \"type\": \"OTHER\", \"amount\": \"5.00\", "
				+ "\"description\": \"Fewer calls\"}";
		for (int i = 0; i < 2; i++) {
			assertThat(send(post(this.base + "/benefit-lines").contentType(MediaType.APPLICATION_JSON).content(benefit),
					this.w.finance, "benefit-1")
				.getResponse()
				.getStatus()).isEqualTo(201);
		}
		assertThat(this.jdbc.sql("select count(*) from benefit_line where project_id = ?")
			.param(this.w.project.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		String deliverable = "{\"name\": \"Sign-off\", \"dueDate\": \"" + this.w.phase(3).plannedEnd() + "\"}";
		int before = this.w.phase(3).deliverables().size();
		for (int i = 0; i < 2; i++) {
			assertThat(send(post(this.base + "/phases/3/deliverables").contentType(MediaType.APPLICATION_JSON)
				.content(deliverable), this.w.director, "deliverable-1").getResponse().getStatus()).isEqualTo(201);
		}
		assertThat(this.w.phase(3).deliverables()).hasSize(before + 1);
		String csv = "category,stage,kind,incurred_on,amount,vendor\nHARDWARE,DEVELOPMENT,PLANNED,"
				+ this.w.open(this.w.director).startDate().plusDays(1) + ",7.00,Dell\n";
		long lines = lines();
		for (int i = 0; i < 2; i++) {
			assertThat(send(post(this.base + "/cost-lines/import").contentType("text/csv").content(csv), this.w.finance,
					"import-csv")
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		assertThat(lines()).isEqualTo(lines + 1);
		// another file: the same one again would be refused as a duplicate import (409)
		MockMultipartFile file = new MockMultipartFile("file", "ledger.csv", "text/csv",
				csv.replace("7.00", "8.00").getBytes());
		for (int i = 0; i < 2; i++) {
			assertThat(send(multipart(this.base + "/cost-lines/import").file(file), this.w.finance, "import-file")
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		assertThat(lines()).isEqualTo(lines + 2);
	}

}
