package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners are people: the director sees the open deliverables he owns on his home page,
 * completes one on the plan and it leaves the list; on a phone he gives a deliverable to
 * a member with the keyboard alone.
 */
@WebAppTest
class MyDeliverablesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	ProjectPlans plans;

	private final Actor director = new Actor("director", Set.of(Role.DIRECTOR));

	private ProjectHandle aProjectWithLiNa(String name) {
		ProjectSummary project = this.projects.create(this.director, new ProjectDraft(name + " " + System.nanoTime(),
				"Haichuan", "CNY", LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(6), ProjectStatus.ACTIVE),
				null);
		ProjectHandle handle = this.access.open(this.director, project.projectId());
		this.projects.addMember(handle,
				new NewMember("li.na", Membership.TEAM, "Sales lead", null, new BigDecimal("80"), false));
		return handle;
	}

	@Test
	void theDirectorSeesHisOpenDeliverablesCompletesOneOnThePlanAndItLeavesTheList() {
		Browser.requireChromium();
		ProjectHandle project = aProjectWithLiNa("我的交付成果");
		DeliverableView late = this.plans.addDeliverable(project, 3,
				new DeliverableDraft("接口清单", "director", LocalDate.now().minusDays(4), null, BigDecimal.ONE, null));
		DeliverableView hers = this.plans.addDeliverable(project, 3,
				new DeliverableDraft("报表目录", "li.na", LocalDate.now().minusDays(5), null, BigDecimal.ONE, null));
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			browser.go("/");
			String row = browser.text(By.id("my-deliverable-" + late.id()));
			assertThat(row).contains("接口清单", project.project().name(), "3. 分析和诊断",
					LocalDate.now().minusDays(4).toString(), "已逾期", "4 天");
			assertThat(browser.driver().findElements(By.id("my-deliverable-" + hers.id()))).isEmpty();
			browser.screenshot("home-my-deliverables-zh");

			browser.find(By.cssSelector("#my-deliverable-" + late.id() + " a")).click();
			new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(
					ExpectedConditions.urlContains("/projects/" + project.value() + "/plan#deliverable-" + late.id()));
			WebElement complete = browser.find(By.id("complete-" + late.id()));
			browser.script("arguments[0].click();", complete);
			new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
				.until(ExpectedConditions.stalenessOf(complete));
			browser.find(By.id("reopen-" + late.id()));

			browser.go("/");
			browser.find(By.id("my-deliverables"));
			assertThat(browser.driver().findElements(By.id("my-deliverable-" + late.id()))).isEmpty();
		}
	}

	@Test
	void onAPhoneTheDirectorGivesADeliverableToAMemberWithTheKeyboardAndTheHomeFits() {
		Browser.requireChromium();
		ProjectHandle project = aProjectWithLiNa("Phone owners");
		DeliverableView d = this.plans.addDeliverable(project, 4, new DeliverableDraft("Report catalogue", null,
				LocalDate.now().plusDays(9), null, BigDecimal.ONE, null));
		try (Browser phone = Browser.openPhone(this.port, "en")) {
			phone.logIn("director", "demo");
			phone.go("/");
			phone.find(By.id("my-deliverables"));
			assertThat(phone.widerThanTheViewport()).as("the home page at 390 px").isEmpty();
			assertThat(phone.seriousAccessibilityViolations()).as("axe on the home page").isEmpty();
			phone.screenshot("phone-home-en");

			phone.go("/projects/" + project.value() + "/plan/deliverables/" + d.id() + "/edit");
			WebElement name = phone.find(By.id("name"));
			assertThat(phone.widerThanTheViewport()).as("the deliverable form at 390 px").isEmpty();
			assertThat(phone.seriousAccessibilityViolations()).as("axe on the deliverable form").isEmpty();
			phone.script("arguments[0].focus();", name);
			new Actions(phone.driver()).sendKeys(Keys.TAB).perform();
			assertThat(phone.script("return document.activeElement.id;")).isEqualTo("owner");
			new Actions(phone.driver()).sendKeys("Li").perform();
			assertThat(phone.script("return document.activeElement.value;")).isEqualTo("li.na");
			phone.screenshot("phone-deliverable-owner-en");
			phone.find(By.id("save-deliverable")).sendKeys(Keys.ENTER);
			new WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(15))
				.until(ExpectedConditions.urlContains("/plan#phase-4"));
			assertThat(phone.text(By.id("deliverable-" + d.id()))).contains("Report catalogue", "Li Na");
		}
		assertThat(this.plans.plan(project).deliverable(d.id()).owner()).isEqualTo("li.na");
	}

}
