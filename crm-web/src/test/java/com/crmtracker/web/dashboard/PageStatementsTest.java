package com.crmtracker.web.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of one project run a small, fixed number of SQL statements: as many for a
 * project with one cost line and its template deliverables as for one with many lines and
 * many more deliverables, and none of them twice.
 */
@WebAppTest
class PageStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Autowired
	ApiTokens tokens;

	@Test
	void eachPageRunsAsFewStatementsForALongLedgerAndPlanAsForAShortOne() throws Exception {
		Actor director = this.world.aDirector("pages.director");
		ProjectSummary small = this.world.aNinePhaseProject(director, "Pages small " + System.nanoTime());
		this.world.aCost(small, "PLANNED", "DEVELOPMENT", LocalDate.now().minusMonths(1), "1000.00", 1);
		this.world.aScoredKpi(director, small, "65");
		// one owned deliverable: the owners' names are read once, however many there are
		this.world.anOverdueDeliverable(director, small, 1);
		ProjectSummary large = this.world.aNinePhaseProject(director, "Pages large " + System.nanoTime());
		for (int i = 0; i < 60; i++) {
			this.world.aCost(large, i % 2 == 0 ? "PLANNED" : "ACTUAL", i % 3 == 0 ? "OPERATION" : "DEVELOPMENT",
					LocalDate.now().minusMonths(3).plusDays(i * 40L), (100 + i) + ".00", 1 + i % 9);
		}
		for (int i = 0; i < 20; i++) {
			this.world.anOverdueDeliverable(director, large, 1 + i);
		}
		this.world.aScoredKpi(director, large, "70");
		this.world.completePhaseOne(director, large);

		// at most: opening the project (2), the page's own reads, the session (2)
		// the plan names the owners of deliverables: the plan and the dashboard read
		// their
		// names with the deciders' (one statement, as many for one owner as for twenty)
		Map<String, Integer> most = Map.of("tco", 7, "costs", 8, "plan", 9, "dashboard", 19);
		for (String page : most.keySet()) {
			List<String> ofSmall = statementsOf(small, page);
			List<String> ofLarge = statementsOf(large, page);
			assertThat(ofLarge).as(page).hasSameSizeAs(ofSmall).hasSizeLessThanOrEqualTo(most.get(page));
			assertThat(ofLarge).as(page + ": nothing read twice").doesNotHaveDuplicates();
		}
	}

	@Test
	void thePortfolioRunsAsManyStatementsWhenTheLedgersGrow() throws Exception {
		Actor director = this.world.aDirector("pages.portfolio");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Pages portfolio " + System.nanoTime());
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now().minusMonths(1), "1000.00", 1);
		List<String> withOneLine = portfolioStatements();
		for (int i = 0; i < 60; i++) {
			this.world.aCost(project, i % 2 == 0 ? "PLANNED" : "ACTUAL", "DEVELOPMENT",
					LocalDate.now().minusMonths(3).plusDays(i * 40L), (100 + i) + ".00", 1 + i % 9);
		}
		assertThat(portfolioStatements()).hasSameSizeAs(withOneLine).doesNotHaveDuplicates();
	}

	@Test
	void anApiCallWithATokenRunsItsFewStatementsAndRecordsTheTokensUseAtMostOnceAMinute() throws Exception {
		Actor director = this.world.aDirector("pages.api");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Pages API " + System.nanoTime());
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now().minusMonths(1), "1000.00", 1);
		String token = this.tokens.issue(director, "statements " + System.nanoTime(), LocalDate.now().plusDays(30))
			.token();
		String tco = "/api/v1/projects/" + project.id() + "/tco";

		StatementCounter.reset();
		this.mvc.perform(get(tco).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
		List<String> first = List.copyOf(StatementCounter.sql);
		assertThat(first).as("the first use is recorded").anyMatch(sql -> sql.startsWith("update api_token"));

		StatementCounter.reset();
		this.mvc.perform(get(tco).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
		List<String> second = List.copyOf(StatementCounter.sql);
		// the token with its owner and roles (1), opening the project (2), the TCO's
		// sums (2); no session, and within the minute no write
		assertThat(second).hasSizeLessThanOrEqualTo(5)
			.doesNotHaveDuplicates()
			.noneMatch(sql -> sql.startsWith("update"));
		assertThat(second.get(0)).contains("api_token").contains("user_account");
	}

	private List<String> portfolioStatements() throws Exception {
		this.mvc.perform(get("/portfolio").with(user("pages.portfolio").roles("DIRECTOR"))).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get("/portfolio").with(user("pages.portfolio").roles("DIRECTOR"))).andExpect(status().isOk());
		return List.copyOf(StatementCounter.sql);
	}

	private List<String> statementsOf(ProjectSummary project, String page) throws Exception {
		// the first view warms caches (templates, messages); the second is the one
		// counted
		view(project, page);
		StatementCounter.reset();
		view(project, page);
		return List.copyOf(StatementCounter.sql);
	}

	private void view(ProjectSummary project, String page) throws Exception {
		this.mvc.perform(get("/projects/" + project.id() + "/" + page).with(user("pages.director").roles("DIRECTOR")))
			.andExpect(status().isOk());
	}

}
