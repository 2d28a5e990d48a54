package com.crmtracker.web;

import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Projects;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who gets what, per role, on pages and the API: a project one may not see answers 404, a
 * role that may not act answers 403, no credentials 401 (API) or the login page (pages).
 */
@WebAppTest
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	Projects projects;

	long demoProject;

	@BeforeEach
	void setUp() {
		ensureUser("other.director", Role.DIRECTOR);
		ensureUser("other.steering", Role.STEERING);
		ensureUser("disabled.user", Role.DIRECTOR);
		UserView disabled = this.users.get("disabled.user");
		if (disabled.enabled()) {
			this.users.update("disabled.user", disabled.version(), disabled.displayName(), disabled.roles(), false);
		}
		this.demoProject = demoProjectId(this.projects);
	}

	private void ensureUser(String username, Role role) {
		if (this.users.find(username).isEmpty()) {
			this.users.create(new NewUser(username, "correct horse battery", username, Set.of(role)));
		}
	}

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/projects")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void everyRoleSeesTheProjectList() throws Exception {
		for (String name : new String[] { "admin", "director", "finance", "steering" }) {
			this.mvc
				.perform(get("/projects").with(user(name).roles(this.users.get(name).roles().iterator().next().name())))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theMenuOffersTheAdminPagesToAdminsOnlyAndShowsWhoIsSignedIn() throws Exception {
		this.mvc.perform(get("/projects").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("id=\"nav-users\"")))
			.andExpect(content().string(containsString("id=\"nav-templates\"")))
			.andExpect(content().string(containsString("id=\"current-user\"")));
		this.mvc.perform(get("/projects").with(user("director").roles("DIRECTOR")))
			.andExpect(content().string(not(containsString("nav-users"))))
			.andExpect(content().string(not(containsString("nav-templates"))))
			.andExpect(content().string(containsString(">director</a>")));
		// signed out: no menu, no name, no log-out form
		this.mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("nav-projects"))))
			.andExpect(content().string(not(containsString("current-user"))))
			.andExpect(content().string(not(containsString("id=\"logout\""))));
	}

	@Test
	void onlyAdminsManageUsers() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user("finance").roles("FINANCE"))).andExpect(status().isForbidden());
	}

	@Test
	void aProjectIsVisibleToItsDirectorItsCommitteeAdminsAndFinanceOnly() throws Exception {
		String page = "/projects/" + this.demoProject;
		this.mvc.perform(get(page).with(user("director").roles("DIRECTOR"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user("steering").roles("STEERING"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user("finance").roles("FINANCE"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user("other.director").roles("DIRECTOR"))).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(user("other.steering").roles("STEERING"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/999999").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyItsDirectorOrAnAdminEditsAProject() throws Exception {
		String edit = "/projects/" + this.demoProject + "/edit";
		this.mvc.perform(get(edit).with(user("director").roles("DIRECTOR"))).andExpect(status().isOk());
		this.mvc.perform(get(edit).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get(edit).with(user("finance").roles("FINANCE"))).andExpect(status().isForbidden());
		this.mvc.perform(get(edit).with(user("steering").roles("STEERING"))).andExpect(status().isForbidden());
		this.mvc.perform(get(edit).with(user("other.director").roles("DIRECTOR"))).andExpect(status().isNotFound());
	}

	@Test
	void formPostsNeedACsrfToken() throws Exception {
		this.mvc
			.perform(post("/projects/new").with(user("director").roles("DIRECTOR"))
				.param("name", "Without token")
				.param("organisation", "Acme")
				.param("currency", "CNY")
				.param("startDate", "2027-01-01")
				.param("plannedGoLive", "2027-12-31"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/projects/new").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("name", "With token " + System.nanoTime())
				.param("organisation", "Acme")
				.param("currency", "CNY")
				.param("startDate", "2027-01-01")
				.param("plannedGoLive", "2027-12-31"))
			.andExpect(status().isFound());
	}

	@Test
	void healthIsPublicAndMetricsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasicUser("director"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasicUser("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/projects']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users']").exists());
	}

	@Test
	void unknownPagesGetTheirOwnErrorPageInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/projects/999999").with(user("admin").roles("ADMIN")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("此处没有内容，或您无权查看。")))
			.andExpect(content().string(not(containsString("Exception"))));
		this.mvc.perform(get("/admin/users").with(user("finance").roles("FINANCE"))).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledUserCannotLogIn() throws Exception {
		this.mvc.perform(formLogin().user("disabled.user").password("correct horse battery"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/users/me").with(httpBasic("disabled.user", "correct horse battery")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin().user("director").password("demo")).andExpect(authenticated());
	}

	@Test
	void theApiAnswers401WithoutCredentialsAsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/projects"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("director", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theApiListsOnlyTheProjectsAUserMaySee() throws Exception {
		this.mvc.perform(get("/api/v1/projects").with(httpBasicUser("director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + this.demoProject + ")]").exists());
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("other.director", "correct horse battery")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + this.demoProject + ")]").doesNotExist());
		this.mvc
			.perform(get("/api/v1/projects/" + this.demoProject)
				.with(httpBasic("other.director", "correct horse battery")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/projects/" + this.demoProject).with(httpBasicUser("steering")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("华东区销售与服务 CRM 实施"));
	}

	@Test
	void onlyAdminsAndDirectorsCreateProjectsThroughTheApi() throws Exception {
		String body = """
				{"name": "API project %s", "organisation": "Acme", "currency": "EUR",
				 "startDate": "2027-01-01", "plannedGoLive": "2027-10-01"}""".formatted(System.nanoTime());
		expectStatus(post("/api/v1/projects"), body, "finance", status().isForbidden());
		expectStatus(post("/api/v1/projects"), body, "steering", status().isForbidden());
		this.mvc
			.perform(post("/api/v1/projects").with(httpBasicUser("director"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("EUR"));
	}

	@Test
	void onlyAdminsCreateUsersThroughTheApi() throws Exception {
		String body = """
				{"username": "api.user%s", "password": "a long enough secret", "displayName": "API user",
				 "roles": ["FINANCE"]}""".formatted(System.nanoTime() % 100000);
		expectStatus(post("/api/v1/users"), body, "director", status().isForbidden());
		this.mvc
			.perform(post("/api/v1/users").with(httpBasicUser("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("FINANCE"))
			.andExpect(jsonPath("$.password").doesNotExist());
	}

	@Test
	void membersAreAddedByTheDirectorOrAnAdminOnly() throws Exception {
		String body = """
				{"username": "other.steering", "role": "STEERING", "projectRole": "Member", "allocation": 5}""";
		String path = "/api/v1/projects/" + this.demoProject + "/members";
		expectStatus(post(path), body, "finance", status().isForbidden());
		expectStatus(post(path), body, "steering", status().isForbidden());
		this.mvc
			.perform(post(path).with(httpBasic("other.director", "correct horse battery"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
	}

	private void expectStatus(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, String username, ResultMatcher expected) throws Exception {
		this.mvc.perform(request.with(httpBasicUser(username)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(expected);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicUser(String username) {
		return httpBasic(username, "demo");
	}

	/**
	 * The demo project, which the demo data gives the director and the steering member.
	 */
	static long demoProjectId(Projects projects) {
		return projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
