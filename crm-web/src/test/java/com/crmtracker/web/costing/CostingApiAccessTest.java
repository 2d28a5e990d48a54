package com.crmtracker.web.costing;

import java.util.List;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every costing endpoint for every kind of caller: readers (director, steering) read and
 * are refused writes (403), an outsider sees nothing (404), nobody without credentials
 * gets in (401). What finance may do is tested in {@link CostingApiTest}.
 */
@WebAppTest
class CostingApiAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	record Call(HttpMethod method, String path, String contentType, String body, boolean write) {
	}

	private String created(String path, String body) throws Exception {
		String answer = this.mvc
			.perform(
					post(path).with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.id").toString();
	}

	@Test
	void readersReadOutsidersSeeNothingAndNobodyWithoutCredentialsGetsIn() throws Exception {
		long project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		String base = "/api/v1/projects/" + project;
		String line = """
				{"category": "SOFTWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-01-10",
				 "amount": "100.00", "vendor": "SAP", "version": 0}""";
		String lineId = created(base + "/cost-lines", line);
		String ruleBody = "{\"sourceLineId\": " + lineId
				+ ", \"percent\": \"20\", \"fromYear\": 2, \"toYear\": 5, \"description\": \"Maintenance\", \"version\": 0}";
		String ruleId = created(base + "/recurring-rules", ruleBody);
		String benefit = "{\"year\": 2, \"kind\": \"PLANNED\", \"type\": \"OTHER\", \"amount\": \"1.00\", "
				+ "\"description\": \"x\", \"version\": 0}";
		String benefitId = created(base + "/benefit-lines", benefit);
		String json = MediaType.APPLICATION_JSON_VALUE;
		List<Call> calls = List.of(new Call(HttpMethod.GET, "/cost-lines", null, null, false),
				new Call(HttpMethod.GET, "/cost-lines/" + lineId, null, null, false),
				new Call(HttpMethod.GET, "/cost-lines/export", null, null, false),
				new Call(HttpMethod.GET, "/recurring-rules", null, null, false),
				new Call(HttpMethod.GET, "/tco", null, null, false),
				new Call(HttpMethod.GET, "/benefit-lines", null, null, false),
				new Call(HttpMethod.GET, "/costing-settings", null, null, false),
				new Call(HttpMethod.GET, "/business-case", null, null, false),
				new Call(HttpMethod.GET, "/earned-value", null, null, false),
				new Call(HttpMethod.POST, "/cost-lines", json, line, true),
				new Call(HttpMethod.PUT, "/cost-lines/" + lineId, json, line, true), new Call(HttpMethod.PATCH,
						"/cost-lines/" + lineId, json, "{\"amount\": \"1.00\", \"version\": 0}", true),
				new Call(HttpMethod.DELETE, "/cost-lines/" + lineId + "?version=0", null, null, true),
				new Call(HttpMethod.POST, "/cost-lines/import", "text/csv",
						"category,stage,kind,incurred_on,amount,vendor\nHARDWARE,DEVELOPMENT,PLANNED,2026-02-01,1.00,Dell\n",
						true),
				new Call(HttpMethod.POST, "/recurring-rules", json, ruleBody, true),
				new Call(HttpMethod.PUT, "/recurring-rules/" + ruleId, json, ruleBody, true),
				new Call(HttpMethod.DELETE, "/recurring-rules/" + ruleId + "?version=0", null, null, true),
				new Call(HttpMethod.POST, "/benefit-lines", json, benefit, true),
				new Call(HttpMethod.PUT, "/benefit-lines/" + benefitId, json, benefit, true),
				new Call(HttpMethod.DELETE, "/benefit-lines/" + benefitId + "?version=0", null, null, true),
				new Call(HttpMethod.PUT, "/costing-settings", json, "{\"discountRate\": \"0.1\", \"version\": -1}",
						true));
		for (Call call : calls) {
			for (String reader : new String[] { "director", "steering" }) {
				assertThat(status(call, base, reader, "demo")).as(reader + " " + call.method() + " " + call.path())
					.isEqualTo(call.write() ? 403 : 200);
			}
			assertThat(status(call, base, CostingWebFixture.OUTSIDER, CostingWebFixture.OUTSIDER_PASSWORD))
				.as("outsider " + call.method() + " " + call.path())
				.isEqualTo(404);
			assertThat(status(call, base, null, null)).as("anonymous " + call.method() + " " + call.path())
				.isEqualTo(401);
			if (!call.write()) {
				assertThat(status(call, base, "finance", "demo")).isEqualTo(200);
				assertThat(status(call, base, "admin", "demo")).isEqualTo(200);
			}
		}
		// nothing the readers tried changed anything: the one line, rule and benefit are
		// as made
		assertThat(
				status(new Call(HttpMethod.GET, "/cost-lines/" + lineId, null, null, false), base, "finance", "demo"))
			.isEqualTo(200);
	}

	private int status(Call call, String base, String user, String password) throws Exception {
		MockHttpServletRequestBuilder request = request(call.method(), base + call.path());
		if (call.contentType() != null) {
			request.contentType(call.contentType()).content(call.body());
		}
		if (user != null) {
			request.with(httpBasic(user, password));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
