package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delete asks first, on a page of its own that works without a script, and the message
 * after it offers to undo.
 */
@WebAppTest
class DeleteAndUndoBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	ProjectPlans plans;

	@Test
	void aCostLineIsDeletedAfterConfirmationAndComesBackWithUndo() {
		Browser.requireChromium();
		Actor admin = new Actor("admin", Set.of(Role.ADMIN));
		long demo = this.projects.visibleTo(admin)
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + demo + "/costs");
			String count = browser.text(By.id("costs-count"));
			String planned = browser.text(By.id("costs-planned"));
			String rowId = browser.find(By.cssSelector("#cost-lines tbody tr")).getAttribute("id");
			String row = browser.text(By.id(rowId));
			browser.script("arguments[0].click();", browser.find(By.id("delete-" + rowId.substring(5))));

			// the confirmation shows what goes; asking changed nothing
			assertThat(browser.text(By.id("line-to-delete"))).contains("Software");
			browser.screenshot("delete-confirm-cost-line");
			browser.find(By.id("confirm-delete-submit")).click();
			assertThat(browser.text(By.id("flash"))).contains("The cost line was deleted.");
			assertThat(browser.driver().findElements(By.id(rowId))).isEmpty();
			assertThat(browser.text(By.id("costs-planned"))).isNotEqualTo(planned);
			browser.screenshot("delete-undo-offered");

			browser.find(By.id("undo")).click();
			browser.find(By.cssSelector("#flash:not(:has(#undo))"));
			assertThat(browser.text(By.id("flash"))).isEqualTo("The cost line is back as it was.");
			assertThat(browser.text(By.id(rowId))).isEqualTo(row);
			assertThat(browser.text(By.id("costs-count"))).isEqualTo(count);
			assertThat(browser.text(By.id("costs-planned"))).isEqualTo(planned);
		}
	}

	@Test
	void aDeliverableIsDeletedAfterConfirmationAndComesBackWithUndo() {
		Browser.requireChromium();
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectSummary project = this.projects.create(director, new ProjectDraft("删除与撤销 " + System.nanoTime(),
				"Haichuan", "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 1), ProjectStatus.ACTIVE), null);
		DeliverableView added = this.plans.addDeliverable(this.access.open(director, project.projectId()), 3,
				new DeliverableDraft("Interface list", null, LocalDate.of(2026, 3, 1), null, BigDecimal.ONE, null));
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			browser.go("/projects/" + project.id() + "/plan");
			browser.script("arguments[0].click();", browser.find(By.id("delete-" + added.id())));
			assertThat(browser.text(By.id("deliverable-to-delete"))).contains("Interface list");
			browser.find(By.id("confirm-delete-submit")).click();
			assertThat(browser.text(By.id("flash"))).contains("交付成果已删除。");
			assertThat(browser.driver().findElements(By.id("deliverable-" + added.id()))).isEmpty();
			browser.find(By.id("undo")).click();
			browser.find(By.cssSelector("#flash:not(:has(#undo))"));
			assertThat(browser.text(By.id("flash"))).isEqualTo("交付成果已按原样恢复。");
			assertThat(browser.text(By.id("deliverable-" + added.id()))).contains("Interface list");
			browser.go("/projects/" + project.id() + "/history");
			browser.screenshot("delete-undo-history-zh");
		}
	}

}
