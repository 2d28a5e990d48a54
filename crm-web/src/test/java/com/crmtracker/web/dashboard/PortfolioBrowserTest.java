package com.crmtracker.web.dashboard;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import com.crmtracker.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steering member opens the portfolio, sees a late and over-budget project marked red,
 * opens its dashboard and approves the gate waiting there.
 */
@WebAppTest
class PortfolioBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	PortfolioWorld world;

	@Test
	void aSteeringMemberSeesTheMarksOpensTheProjectAndApprovesItsGate() {
		Browser.requireChromium();
		Actor director = this.world.aDirector("e2e.portfolio.director");
		ProjectSummary project = this.world.aLateOverBudgetProjectAwaitingItsFirstGate(director,
				"延期超支项目 " + System.nanoTime() % 1000);

		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("steering", "demo");
			// the home page of a steering member is the portfolio
			String row = "row-" + project.id();
			assertThat(browser.find(By.cssSelector("#" + row + " .cell-overdue .rag")).getAttribute("data-mark"))
				.isEqualTo("RED");
			assertThat(browser.find(By.cssSelector("#" + row + " .cell-cost .rag")).getAttribute("data-mark"))
				.isEqualTo("RED");
			assertThat(browser.find(By.cssSelector("#" + row + " .cell-gates .rag")).getAttribute("data-mark"))
				.isEqualTo("AMBER");
			assertThat(browser.text(By.cssSelector("#" + row + " .cell-gates"))).contains("1");
			browser.find(By.id("sort-cpi")).click();
			browser.screenshot("portfolio-en");

			browser.find(By.cssSelector("#" + row + " .project-link")).click();
			assertThat(browser.text(By.id("project-name"))).isEqualTo(project.name());
			assertThat(browser.text(By.id("gates"))).contains("1.");
			browser.screenshot("dashboard-en");
			browser.find(By.id("gate-reason-1")).sendKeys("Scope and commitment confirmed");
			browser.find(By.id("approve-1")).click();

			assertThat(browser.text(By.id("flash"))).isEqualTo("The gate was approved: the phase is done.");
			assertThat(browser.driver().findElements(By.id("approve-1"))).isEmpty();
			browser.logOut();

			browser.logIn("e2e.portfolio.director", "director secret 1");
			browser.go("/projects/" + project.id() + "/plan");
			assertThat(browser.pageText()).contains("Chen Wei");
		}
	}

}
