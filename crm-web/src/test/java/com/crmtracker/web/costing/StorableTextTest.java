package com.crmtracker.web.costing;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text the database cannot store (U+0000, other control characters) is refused with 422
 * naming the field, in JSON bodies, page forms, query filters and imports, and nothing is
 * stored; tab and line breaks stay allowed in a description. A password longer than
 * bcrypt's 72 bytes is refused with the limit in bytes.
 */
@WebAppTest
class StorableTextTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	long project;

	String base;

	@BeforeEach
	void aProject() {
		this.project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.base = "/api/v1/projects/" + this.project;
	}

	private void noCostLines() throws Exception {
		this.mvc.perform(get(this.base + "/cost-lines").with(httpBasic("finance", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aJsonBodyWithU0000IsRefusedNamingTheFieldAndStoresNothing() throws Exception {
		this.mvc
			.perform(post(this.base + "/cost-lines").with(httpBasic("finance", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"category": "HARDWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-02-01",
						 "amount": "10.00", "vendor": "Dell\\u0000", "description": "bell \\u0007 here"}
						"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("vendor"))
			.andExpect(
					jsonPath("$.errors[0].message").value("vendor must not contain control characters (found U+0000)"))
			.andExpect(jsonPath("$.errors[1].field").value("description"))
			.andExpect(jsonPath("$.errors[1].message", containsString("U+0007")));
		noCostLines();

		// tab and line breaks are text, not control
		this.mvc
			.perform(post(this.base + "/cost-lines").with(httpBasic("finance", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"category": "HARDWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-02-01",
						 "amount": "10.00", "vendor": "Dell", "description": "Servers\\tracks\\r\\nsecond line"}
						"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.description").value("Servers\tracks\r\nsecond line"));
	}

	@Test
	void aQueryFilterWithU0000IsRefusedNamingTheParameter() throws Exception {
		this.mvc
			.perform(get(this.base + "/cost-lines").param("vendor", "De\u0000ll").with(httpBasic("finance", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("vendor"));
		this.mvc
			.perform(get("/projects/" + this.project + "/costs").param("vendor", "De\u0000ll")
				.with(user("finance").roles("FINANCE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("vendor must not contain control characters (found U+0000)")));
	}

	@Test
	void aPageFormWithAControlCharacterIsRefusedWithThe422PageAndStoresNothing() throws Exception {
		String name = "Control " + System.nanoTime();
		this.mvc
			.perform(post("/projects/new").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("name", name + "\u0000")
				.param("organisation", "Acme\u001B")
				.param("currency", "CNY")
				.param("startDate", "2027-01-01")
				.param("plannedGoLive", "2027-12-31"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("name must not contain control characters (found U+0000)")))
			.andExpect(content()
				.string(containsString("organisation must not contain control characters (found U+001B)")));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name =~ /" + name + ".*/)]").isEmpty());
	}

	@Test
	void anImportedRowWithAControlCharacterIsRefusedWithItsRowAndStoresNothing() throws Exception {
		String csv = "category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,Servers,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Del\u0000l,Servers,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,\"Two\nlines\",,,\n";
		this.mvc
			.perform(post(this.base + "/cost-lines/import").with(httpBasic("finance", "demo"))
				.contentType("text/csv")
				.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("vendor"))
			.andExpect(jsonPath("$.errors[0].message", containsString("U+0000")));
		noCostLines();
	}

	@Test
	void aPasswordOver72BytesIsRefusedWithTheLimitInBytes() throws Exception {
		// 25 Chinese characters: 25 characters (within 10..128) but 75 bytes in UTF-8
		String password = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰";
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "long.password.%d", "password": "%s", "displayName": "Long", "roles": ["FINANCE"]}
						""".formatted(System.nanoTime(), password)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at most 72 bytes")));
		// 24 of them (72 bytes) are accepted
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "long.password.%d", "password": "%s", "displayName": "Long", "roles": ["FINANCE"]}
						""".formatted(System.nanoTime(), password.substring(0, 24))))
			.andExpect(status().isCreated());
	}

}
