package com.crmtracker.web.browser;

import java.util.List;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused save shows the form again with a summary at its top naming every field of
 * that submit, and the cursor in the first of them.
 */
@WebAppTest
class FormErrorsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	long demo() {
		return this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aRefusedCostLineListsEveryBadFieldAtTheFormsTopAndFocusesTheFirst() {
		Browser.requireChromium();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + demo() + "/costs");
			browser.find(By.cssSelector("#new-line summary")).click();
			browser.find(By.id("incurredOn")).clear();
			browser.find(By.id("amount")).sendKeys("twelve");
			browser.find(By.id("phase")).sendKeys("0");
			browser.script("document.getElementById('incurredOn').type = 'text';");
			browser.find(By.id("incurredOn")).sendKeys("2026-13-45");
			browser.script("arguments[0].click();", browser.find(By.id("save-line")));

			WebElement summary = browser.find(By.cssSelector("#line-form #form-errors"));
			List<String> fields = summary.findElements(By.cssSelector("li"))
				.stream()
				.map(li -> li.getAttribute("data-field"))
				.toList();
			// every bad field of the one submit, in the order of the form
			assertThat(fields).containsSubsequence("incurredOn", "amount");
			assertThat(summary.getText()).contains("Date: Enter a date as YYYY-MM-DD.")
				.contains("Amount: Enter a number.");
			assertThat(summary.findElement(By.cssSelector("a[href='#amount']"))).isNotNull();
			// the summary is the first thing in the form, the cursor in the first bad
			// field
			assertThat(browser.script(
					"return [...document.getElementById('line-form').children].find(e => e.offsetParent !== null).id;"))
				.isEqualTo("form-errors");
			assertThat(browser.script("return document.activeElement.id;")).isEqualTo("incurredOn");
			// in sight once the page has settled (the browser scrolls to the autofocused
			// field)
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
				.until(d -> Boolean.TRUE
					.equals(browser.script("const r = document.getElementById('incurredOn').getBoundingClientRect();"
							+ " return r.top >= 0 && r.bottom <= window.innerHeight;")));
			browser.screenshot("form-errors-cost-line");
		}
	}

	@Test
	void refusedScorecardWeightsAreSummedUpAboveTheirForm() {
		Browser.requireChromium();
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			browser.go("/projects/" + demo() + "/scorecard");
			WebElement financial = browser.find(By.id("financial"));
			financial.clear();
			financial.sendKeys("很多");
			WebElement customer = browser.find(By.id("customer"));
			customer.clear();
			customer.sendKeys("x");
			WebElement save = browser.find(By.id("save-weights"));
			browser.script("arguments[0].scrollIntoView({block: 'center'});", save);
			save.click();
			WebElement summary = browser.find(By.cssSelector("#weights-form #form-errors"));
			assertThat(summary.getText()).contains("财务").contains("客户");
			assertThat(browser.script("return document.activeElement.id;")).isEqualTo("financial");
			browser.screenshot("form-errors-weights-zh");
		}
	}

}
