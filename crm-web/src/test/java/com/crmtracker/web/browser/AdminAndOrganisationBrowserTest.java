package com.crmtracker.web.browser;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin creates a director, a weak password is refused with a message, the director
 * builds the organisation of a project, and a disabled user can no longer log in.
 */
@WebAppTest
class AdminAndOrganisationBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void anAdminCreatesAUserWhoBuildsAProjectOrganisationAndIsThenDisabled() {
		Browser.requireChromium();
		String username = "wu.director" + System.nanoTime() % 1000;
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("admin", "demo");
			browser.find(By.id("nav-users")).click();
			browser.find(By.id("username")).sendKeys(username);
			browser.find(By.id("displayName")).sendKeys("Wu Director");
			browser.find(By.id("password")).sendKeys("short");
			browser.find(By.cssSelector("input[name='roles'][value='DIRECTOR']")).click();
			browser.find(By.id("create-user")).click();
			assertThat(browser.text(By.id("password-errors")))
				.isEqualTo("The password must be at least 10 characters long.");
			browser.screenshot("admin-users-error-en");

			browser.find(By.id("password")).sendKeys("a good long secret");
			browser.find(By.id("create-user")).click();
			assertThat(browser.text(By.id("flash"))).isEqualTo("The user was created.");
			assertThat(browser.text(By.id("user-list"))).contains(username, "Wu Director", "Project director");
			browser.logOut();

			browser.logIn(username, "a good long secret");
			browser.find(By.id("new-project")).click();
			browser.find(By.id("name")).sendKeys("Organisation test " + username);
			browser.find(By.id("organisation")).sendKeys("Acme Trading");
			setValue(browser, "startDate", "2027-03-01");
			setValue(browser, "plannedGoLive", "2028-01-31");
			submit(browser, By.id("save-project"));
			assertThat(browser.text(By.id("flash"))).isEqualTo("The project was created.");

			new Select(browser.find(By.id("username"))).selectByValue("steering");
			new Select(browser.find(By.id("membership"))).selectByValue("STEERING");
			browser.find(By.id("projectRole")).sendKeys("Chair");
			browser.find(By.id("chair1")).click();
			browser.find(By.id("allocation")).clear();
			browser.find(By.id("allocation")).sendKeys("10");
			submit(browser, By.id("add-member"));
			assertThat(browser.text(By.id("steering-committee"))).contains("Chen Wei", "Chair");

			new Select(browser.find(By.id("username"))).selectByValue("wang.fang");
			new Select(browser.find(By.id("membership"))).selectByValue("TEAM");
			browser.find(By.id("allocation")).clear();
			browser.find(By.id("allocation")).sendKeys("50");
			submit(browser, By.id("add-member"));
			assertThat(browser.text(By.id("allocation-warnings"))).contains("Wang Fang", "50%", "at least 80%");

			new Select(browser.find(By.id("username"))).selectByValue("finance");
			new Select(browser.find(By.id("membership"))).selectByValue("STEERING");
			submit(browser, By.id("add-member"));
			assertThat(browser.text(By.id("username-errors")))
				.isEqualTo("This user does not hold the steering committee role.");
			browser.screenshot("organisation-en");
			browser.logOut();

			browser.logIn("admin", "demo");
			browser.go("/admin/users/" + username);
			browser.find(By.id("enabled1")).click();
			submit(browser, By.id("save-user"));
			assertThat(browser.text(By.id("flash"))).isEqualTo("The user was saved.");
			browser.logOut();

			browser.go("/login");
			browser.find(By.id("username")).sendKeys(username);
			browser.find(By.id("password")).sendKeys("a good long secret");
			browser.find(By.id("login-submit")).click();
			assertThat(browser.text(By.id("login-error"))).contains("disabled");
		}
	}

	/** Clicks a submit button and waits for the page that answers it. */
	private static void submit(Browser browser, By button) {
		org.openqa.selenium.WebElement page = browser.find(By.tagName("html"));
		browser.find(button).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	private static void setValue(Browser browser, String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

}
