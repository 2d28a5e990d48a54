package com.crmtracker.web.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input as people type it: a rate typed as a percentage, a date year first in an American
 * English browser, and times in the reader's zone, the browser's or the one chosen on the
 * account page.
 */
@WebAppTest
class InputAsTypedBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void financeTypesTheDiscountRateAsAPercentageAndSeesTheSavedRate() {
		Browser.requireChromium();
		long id = this.projects
			.create(new Actor("director", Set.of(Role.DIRECTOR)), new ProjectDraft("Percent entry " + System.nanoTime(),
					"Haichuan", "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 1), ProjectStatus.ACTIVE), null)
			.id();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + id + "/business-case");
			// the default rate, 0.08, offered as the percentage it is
			assertThat(browser.find(By.id("rate")).getAttribute("value")).isEqualTo("8");
			String[][] typedShownOffered = { { "8", "8.00%", "8" }, { "8%", "8.00%", "8" },
					{ "8.5 %", "8.50%", "8.5" } };
			for (String[] rate : typedShownOffered) {
				WebElement field = browser.find(By.id("rate"));
				field.clear();
				field.sendKeys(rate[0]);
				submit(browser, By.id("save-rate"));
				assertThat(browser.text(By.id("flash"))).as(rate[0]).isEqualTo("The discount rate was saved.");
				assertThat(browser.text(By.id("business-case-intro"))).as(rate[0])
					.startsWith("Discount rate " + rate[1] + " per year");
				assertThat(browser.find(By.id("rate")).getAttribute("value")).as(rate[0]).isEqualTo(rate[2]);
			}
			browser.screenshot("percent-entry-saved-en");
			assertThat(this.jdbc.queryForObject("select discount_rate from costing_settings where project_id = ?",
					java.math.BigDecimal.class, id))
				.isEqualByComparingTo("0.085");

			WebElement field = browser.find(By.id("rate"));
			field.clear();
			field.sendKeys("8 percent");
			submit(browser, By.id("save-rate"));
			assertThat(browser.text(By.id("form-errors")))
				.contains("Discount rate: Enter a percentage: a number such as 8, 8% or 8.5%.");
			assertThat(browser.script("return document.activeElement.id;")).isEqualTo("rate");
			browser.screenshot("percent-entry-refused-en");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}

	@Test
	void aDateFieldShowsAndTakesYearFirstInAnAmericanEnglishBrowser() {
		Browser.requireChromium();
		String name = "Dates year first " + System.nanoTime() % 100000;
		try (Browser browser = Browser.open(this.port, "en-US")) {
			assertThat(browser.go("/login").script("return navigator.language;")).isEqualTo("en-US");
			browser.logIn("director", "demo");
			browser.go("/projects/new");
			WebElement start = browser.find(By.id("startDate"));
			// a text field: the picker of type=date would show mm/dd/yyyy here
			assertThat(start.getAttribute("type")).isEqualTo("text");
			assertThat(start.getAttribute("placeholder")).isEqualTo("YYYY-MM-DD");
			assertThat(browser.text(By.id("startDate-hint"))).isEqualTo("Year first: YYYY-MM-DD, e.g. 2026-12-01.");
			browser.find(By.id("name")).sendKeys(name);
			browser.find(By.id("organisation")).sendKeys("Haichuan");
			browser.find(By.id("currency")).clear();
			browser.find(By.id("currency")).sendKeys("CNY");
			start.sendKeys("2026-12-01");
			// as people also type it
			browser.find(By.id("plannedGoLive")).sendKeys("2027/6/30");
			assertThat(browser.find(By.id("startDate")).getAttribute("value")).isEqualTo("2026-12-01");
			browser.screenshot("date-field-typed-en-US");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			submit(browser, By.id("save-project"));

			assertThat(browser.text(By.id("project-name"))).isEqualTo(name);
			assertThat(browser.text(By.id("project-start"))).isEqualTo("2026-12-01");
			assertThat(browser.text(By.id("project-go-live"))).isEqualTo("2027-06-30");
			browser.find(By.id("edit-project")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/edit"));
			assertThat(browser.find(By.id("startDate")).getAttribute("value")).isEqualTo("2026-12-01");
			assertThat(browser.find(By.id("plannedGoLive")).getAttribute("value")).isEqualTo("2027-06-30");
			browser.screenshot("date-field-shown-en-US");
		}
	}

	@Test
	void aTimeMovesWithTheBrowsersZoneAndWithTheZoneChosenOnTheAccountPage() {
		Browser.requireChromium();
		String name = "zone.browser." + System.nanoTime() % 100000;
		this.users.createDemoUser(name, "Zone Browser", "demo", Set.of(Role.DIRECTOR));
		try (Browser browser = Browser.open(this.port, "en")) {
			ChromeDriver chrome = (ChromeDriver) browser.driver();
			chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
			try {
				browser.logIn(name, "demo");
				browser.go("/account");
				browser.find(By.id("name")).sendKeys("Zones");
				submit(browser, By.id("create-token"));
				long token = this.jdbc.queryForObject(
						"select t.id from api_token t join user_account u on u.id = t.user_id where u.username = ?",
						Long.class, name);
				// made at 15:04 UTC, as the database keeps it
				this.jdbc.update("update api_token set created_at = timestamptz '2026-12-01 15:04:00+00' where id = ?",
						token);

				browser.go("/account");
				assertThat(browser.text(By.id("token-" + token))).contains("2026-12-01 10:04 (America/New_York)");
				assertThat(new Select(browser.find(By.id("timeZone"))).getFirstSelectedOption().getText())
					.isEqualTo("The browser's zone (America/New_York)");
				browser.screenshot("time-zone-browser-en");

				new Select(browser.find(By.id("timeZone"))).selectByValue("Asia/Shanghai");
				submit(browser, By.id("save-zone"));
				assertThat(browser.text(By.id("flash"))).isEqualTo("The time zone was saved.");
				assertThat(browser.text(By.id("token-" + token))).contains("2026-12-01 23:04 (Asia/Shanghai)");
				assertThat(new Select(browser.find(By.id("timeZone"))).getFirstSelectedOption().getText())
					.isEqualTo("Asia/Shanghai");
				browser.screenshot("time-zone-chosen-en");
				assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			}
			finally {
				chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
			}
		}
	}

	@Test
	void theTimeZoneSettingAndTheDateFieldsFitAPhone() {
		Browser.requireChromium();
		try (Browser phone = Browser.openPhone(this.port, "zh-CN")) {
			phone.logIn("director", "demo");
			for (String page : new String[] { "/account", "/projects/new" }) {
				phone.go(page);
				phone.find(By.id("main"));
				assertThat(phone.widerThanTheViewport()).as(page).isEmpty();
			}
			phone.go("/account");
			phone.screenshot("time-zone-setting-390-zh");
		}
	}

	/** Clicks a submit button and waits for the page that answers it. */
	private static void submit(Browser browser, By button) {
		WebElement page = browser.find(By.tagName("html"));
		browser.find(button).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

}
