package com.crmtracker.web.dashboard;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio page issues as many SQL statements for ten projects as for one. */
@WebAppTest
class PortfolioStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheNumberOfProjects() throws Exception {
		Actor director = this.world.aDirector("statements.director");
		aProjectWithEverything(director, 0);
		int withOne = statementsOfThePortfolio();

		for (int i = 1; i < 10; i++) {
			aProjectWithEverything(director, i);
		}
		int withTen = statementsOfThePortfolio();

		assertThat(withTen).isEqualTo(withOne);
	}

	private void aProjectWithEverything(Actor director, int i) {
		ProjectSummary project = this.world.aNinePhaseProject(director, "Statements " + i + " " + System.nanoTime());
		this.world.anOverdueDeliverable(director, project, 3 + i);
		this.world.overBudget(project);
		this.world.aScoredKpi(director, project, "70");
		if (i % 2 == 0) {
			this.world.completePhaseOne(director, project);
		}
	}

	private int statementsOfThePortfolio() throws Exception {
		StatementCounter.statements.set(0);
		this.mvc.perform(get("/portfolio").with(user("statements.director").roles("DIRECTOR")))
			.andExpect(status().isOk());
		return StatementCounter.statements.get();
	}

}
