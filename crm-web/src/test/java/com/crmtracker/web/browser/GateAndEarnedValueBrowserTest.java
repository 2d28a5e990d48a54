package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in headless Chromium: on the gate page of phase 1 the steering member
 * rejects the gate with a reason, the director resubmits it with a note, and the steering
 * member approves it, the record keeping all three in order. And a finance user who sets
 * the earned-value date before the project's first completion sees EV 0.
 */
@WebAppTest
class GateAndEarnedValueBrowserTest {

	private static final Actor DIRECTOR = new Actor("director", Set.of(Role.DIRECTOR));

	private static final Actor FINANCE = new Actor("finance", Set.of(Role.FINANCE));

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	ProjectPlans plans;

	@Autowired
	CostLedger ledger;

	private ProjectId aProject(String name) {
		ProjectId project = this.projects
			.create(DIRECTOR,
					new ProjectDraft(name + " " + System.nanoTime() % 100000, "Haichuan", "CNY",
							LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(9), ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(this.access.open(DIRECTOR, project),
				new NewMember("steering", Membership.STEERING, "Chair", null, new BigDecimal("10"), true));
		return project;
	}

	@Test
	void aRejectedGateIsResubmittedByTheDirectorAndApprovedOnTheGatePage() {
		Browser.requireChromium();
		ProjectId project = aProject("Gate page");
		ProjectHandle handle = this.access.open(DIRECTOR, project);
		for (DeliverableView d : this.plans.plan(handle).phase(1).deliverables()) {
			this.plans.complete(handle, d.id(), d.version(), null);
		}
		String gate = "/projects/" + project.value() + "/plan/phases/1/gate";

		try (Browser b = Browser.open(this.port, "en")) {
			b.logIn("steering", "demo");
			b.go(gate);
			assertThat(b.text(By.id("gate-deliverables"))).contains("Top-management commitment");
			b.find(By.id("gate-reason-1")).sendKeys("Service is missing from the scope");
			click(b, By.id("reject-1"));
			b.waitFor(By.id("flash"));
			assertThat(b.text(By.id("gate-history"))).contains("Gate rejected", "Service is missing from the scope");
			assertThat(b.driver().findElements(By.id("gate-decide"))).isEmpty();
			logOut(b);

			b.logIn("director", "demo");
			b.go(gate);
			b.waitFor(By.id("gate-resubmit"));
			b.find(By.id("resubmit-note-1")).sendKeys("Service scope added");
			click(b, By.id("resubmit-1"));
			b.waitFor(By.id("flash"));
			assertThat(b.text(By.id("flash"))).contains("resubmitted");
			assertThat(b.driver().findElements(By.id("gate-resubmit"))).isEmpty();
			logOut(b);

			b.logIn("steering", "demo");
			b.go(gate);
			b.waitFor(By.id("gate-decide"));
			click(b, By.id("approve-1"));
			b.waitFor(By.id("flash"));
			String history = b.text(By.id("gate-history"));
			assertThat(history).containsSubsequence("Gate rejected", "Resubmitted for the gate", "Service scope added",
					"Gate approved");
			b.screenshot("gate-page-approved");
		}
	}

	@Test
	void financeSetsTheEarnedValueDateBeforeTheFirstCompletionAndSeesEvZero() {
		Browser.requireChromium();
		ProjectId project = aProject("EV date");
		ProjectHandle handle = this.access.open(DIRECTOR, project);
		this.ledger.create(this.access.open(FINANCE, project), new CostLineInput("LABOUR", "DEVELOPMENT", "PLANNED",
				LocalDate.now().minusMonths(2).toString(), "10000.00", "Internal", "Preparation", "1", null, null));
		DeliverableView first = this.plans.plan(handle).phase(1).deliverables().get(0);
		LocalDate completed = LocalDate.now().minusDays(10);
		this.plans.complete(handle, first.id(), first.version(), completed);

		try (Browser b = Browser.open(this.port, "en")) {
			b.logIn("finance", "demo");
			b.go("/projects/" + project.value() + "/earned-value");
			// today: one of the two deliverables of phase 1 is complete, 10 000 × 1/2
			assertThat(b.text(By.id("ev-ev"))).isEqualTo("5,000.00");
			WebElement asOf = b.find(By.id("asOf"));
			((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", asOf,
					completed.minusDays(1).toString());
			click(b, By.cssSelector("#ev-form button[type=submit]"));
			new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("asOf=" + completed.minusDays(1)));
			// the day before the first completion: nothing earned yet
			assertThat(b.text(By.id("ev-ev"))).isEqualTo("0.00");
			b.screenshot("earned-value-before-first-completion");
		}
	}

	private static void click(Browser b, By by) {
		WebElement element = b.find(by);
		((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static void logOut(Browser b) {
		((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0);");
		b.logOut();
	}

}
