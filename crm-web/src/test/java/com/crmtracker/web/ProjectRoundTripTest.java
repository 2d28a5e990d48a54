package com.crmtracker.web;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On real PostgreSQL: the migrations build the schema from nothing, and a project comes
 * back as sent.
 */
@WebAppTest
class ProjectRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedToTheEmptyDatabase() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).isNotEmpty();
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void aProjectAndItsOrganisationRoundTrip() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "客户服务中心 CRM 升级", "organisation": "宁波海川", "currency": "USD",
						 "startDate": "2027-02-01", "plannedGoLive": "2027-11-30"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		this.mvc
			.perform(post(location + "/members").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "li.na", "role": "TEAM", "projectRole": "Sales lead", "allocation": 60}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.allocationBelowRule").value(true));

		this.mvc.perform(get(location).with(httpBasic("director", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("客户服务中心 CRM 升级"))
			.andExpect(jsonPath("$.organisation").value("宁波海川"))
			.andExpect(jsonPath("$.currency").value("USD"))
			.andExpect(jsonPath("$.startDate").value("2027-02-01"))
			.andExpect(jsonPath("$.plannedGoLive").value("2027-11-30"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.members[?(@.username == 'director')].role").value("DIRECTOR"))
			.andExpect(jsonPath("$.members[?(@.username == 'li.na')].allocation").value(60.0));
	}

	@Test
	void invalidProjectsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from project", Integer.class);
		this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "", "organisation": "Acme", "currency": "XYZ",
						 "startDate": "2027-02-01", "plannedGoLive": "2027-01-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'currency')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'plannedGoLive')]").exists());
		this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(before);
	}

	@Test
	void aStaleProjectFormIsRefusedShowingTheOtherValuesAndNothingChanges() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Stale form test", "organisation": "First Org", "currency": "CNY",
						 "startDate": "2027-02-01", "plannedGoLive": "2027-11-30"}"""))
			.andExpect(status().isCreated())
			.andReturn();
		String id = created.getResponse().getHeader("Location").replaceAll(".*/", "");
		// someone saves version 0 first
		this.mvc
			.perform(post("/projects/" + id + "/edit").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("version", "0")
				.param("name", "Stale form test")
				.param("organisation", "Saved First")
				.param("currency", "CNY")
				.param("startDate", "2027-02-01")
				.param("plannedGoLive", "2027-11-30")
				.param("status", "ACTIVE"))
			.andExpect(status().isFound());
		// then another form, still at version 0
		this.mvc
			.perform(post("/projects/" + id + "/edit").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("version", "0")
				.param("name", "Stale form test")
				.param("organisation", "Overwritten")
				.param("currency", "CNY")
				.param("startDate", "2027-02-01")
				.param("plannedGoLive", "2027-11-30")
				.param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"conflict\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Saved First")));
		assertThat(this.jdbc.queryForObject("select organisation from project where id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("Saved First");
	}

	@Test
	void aTakenUsernameIsAConflict() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "director", "password": "long enough secret", "displayName": "Again",
						 "roles": ["DIRECTOR"]}"""))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("finance", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("finance"))
			.andExpect(jsonPath("$.roles[0]").value("FINANCE"));
	}

}
