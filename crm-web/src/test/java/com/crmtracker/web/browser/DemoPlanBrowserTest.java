package com.crmtracker.web.browser;

import com.crmtracker.web.WebAppTest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo project's plan as a newcomer sees it: phases 1 and 2 approved, phase 3 in
 * progress with an overdue deliverable, a baseline to compare with, and the history.
 */
@WebAppTest
class DemoPlanBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void theDemoProjectsPlanIsAlive() {
		try (Browser b = Browser.open(this.port, "en")) {
			b.logIn("director", "demo");
			b.go("/projects");
			b.click(By.linkText("华东区销售与服务 CRM 实施"));
			b.find(By.id("tab-plan")).click();
			assertThat(b.find(By.id("phase-1")).getAttribute("data-status")).isEqualTo("DONE");
			assertThat(b.find(By.id("phase-2")).getAttribute("data-status")).isEqualTo("DONE");
			assertThat(b.find(By.id("phase-3")).getAttribute("data-status")).isEqualTo("IN_PROGRESS");
			assertThat(b.text(By.id("overdue-summary"))).contains("1 deliverable overdue").contains("Base data");
			assertThat(b.text(By.id("phase-1"))).contains("Gate approved").contains("Chen Wei");
			b.screenshot("demo-plan-en");
			WebElement overdue = b.find(By.cssSelector("#phase-3 tr.overdue"));
			((org.openqa.selenium.JavascriptExecutor) b.driver())
				.executeScript("arguments[0].scrollIntoView({block: 'center'});", overdue);
			assertThat(overdue.getText()).contains("Base data prepared").contains("Overdue").contains("6 days");
			b.screenshot("demo-plan-phase3-en");
			overdue.findElement(By.linkText("Edit")).click();
			assertThat(b.find(By.id("name")).getAttribute("value")).isEqualTo("Base data prepared");
			assertThat(b.find(By.cssSelector("label[for='dueDate']")).getText()).isEqualTo("Due date");
			b.screenshot("demo-deliverable-form-en");
			b.go("/projects");
			b.click(By.linkText("华东区销售与服务 CRM 实施"));
			b.find(By.id("tab-plan")).click();

			b.find(By.id("tab-schedule")).click();
			assertThat(b.text(By.id("comparison"))).contains("Kick-off plan");
			List<WebElement> drifts = b.driver().findElements(By.cssSelector("#phase-drift tr[data-phase='3'] .drift"));
			assertThat(drifts).singleElement().satisfies(d -> assertThat(d.getText()).doesNotStartWith("0"));
			assertThat(b.text(By.id("deliverable-drift"))).contains("Base data prepared Overdue");
			b.screenshot("demo-schedule-en");

			b.find(By.id("tab-history")).click();
			assertThat(b.text(By.id("history"))).contains("Gate decided").contains("Chen Wei").contains("Liu Yang");
			b.screenshot("demo-history-en");
		}
	}

}
