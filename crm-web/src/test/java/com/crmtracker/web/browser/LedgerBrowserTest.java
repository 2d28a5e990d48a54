package com.crmtracker.web.browser;

import java.math.BigDecimal;
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
 * The ledger as finance works it: sorted by any column, searched in vendor and
 * description, the new-line form one click from the top.
 */
@WebAppTest
class LedgerBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Test
	void financeSortsSearchesAndReachesTheNewLineFormFromTheTop() {
		Browser.requireChromium();
		long demo = this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + demo + "/costs");
			browser.find(By.id("sort-AMOUNT")).click();
			browser.find(By.id("sort-AMOUNT")).click();
			assertThat(browser.driver().getCurrentUrl()).contains("sort=AMOUNT").contains("dir=desc");
			List<BigDecimal> amounts = amounts(browser);
			assertThat(amounts).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSizeGreaterThan(5);
			assertThat(browser.find(By.cssSelector("th[aria-sort='descending']")).getText()).contains("Amount");

			browser.find(By.id("f-q")).sendKeys("salesforce");
			browser.find(By.id("apply-filter")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("q=salesforce"));
			// the search keeps the order, the language switch keeps both
			assertThat(browser.driver().getCurrentUrl()).contains("q=salesforce").contains("sort=AMOUNT");
			List<WebElement> rows = browser.driver().findElements(By.cssSelector("#cost-lines tbody tr"));
			assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).containsIgnoringCase("salesforce"));
			assertThat(amounts(browser)).isSortedAccordingTo((a, b) -> b.compareTo(a));
			browser.find(By.id("lang-zh")).click();
			assertThat(browser.driver().getCurrentUrl()).contains("q=salesforce").contains("sort=AMOUNT");
			assertThat(browser.find(By.id("f-q")).getAttribute("value")).isEqualTo("salesforce");
			browser.screenshot("ledger-sorted-searched-zh");

			browser.go("/projects/" + demo + "/costs?lang=en");
			WebElement link = browser.find(By.id("new-line-link"));
			assertThat(link.getAttribute("accesskey")).isEqualTo("n");
			link.click();
			assertThat(browser.find(By.id("new-line")).getAttribute("open")).isNotNull();
			assertThat(browser.find(By.id("amount")).isDisplayed()).isTrue();
		}
	}

	private static List<BigDecimal> amounts(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("#cost-lines tbody tr td.money"))
			.stream()
			.map(td -> new BigDecimal(td.getText().replace(",", "")))
			.toList();
	}

}
