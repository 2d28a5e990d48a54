package com.crmtracker.web;

import java.nio.file.Path;

import com.crmtracker.database.EmbeddedPostgresServer;
import com.crmtracker.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in person sees while the database is away: our 503 page in his or her
 * language, with a way to try again, never a stack trace; once the database is back the
 * same page works again and the user is still signed in. The application runs on a
 * database of its own (as in {@link DatabaseOutageTest}), so that stopping it disturbs no
 * other test; the browsers are the shared ones and leave without cookies.
 */
class DatabaseOutageBrowserTest {

	@TempDir
	Path dir;

	@Test
	void whileTheDatabaseIsAwayASignedInUserSeesOur503PageAndAfterwardsThePageAgain() {
		Browser.requireChromium();
		try (ConfigurableApplicationContext app = RunningApplications.onEmbeddedDatabase(this.dir.resolve("pg"),
				RunningApplications.QUICK_POOL_TIMEOUT);
				Browser zh = Browser.open(RunningApplications.port(app), "zh-CN");
				Browser en = Browser.open(RunningApplications.port(app), "en");
				Browser phone = Browser.openPhone(RunningApplications.port(app), "zh-CN")) {
			EmbeddedPostgresServer database = app.getBean(EmbeddedPostgresServer.class);
			zh.logIn("director", "demo").go("/projects");
			assertThat(zh.text(By.id("project-list"))).contains("华东区销售与服务 CRM 实施");
			en.logIn("finance", "demo").go("/projects");
			phone.logIn("steering", "demo").go("/projects");

			database.stop();
			try {
				zh.go("/projects");
				assertThat(zh.driver().getTitle()).startsWith("暂时无法使用");
				assertThat(zh.text(By.id("unavailable"))).isEqualTo("目前无法连接数据库。请几秒钟后再试；此前保存的数据不受影响。");
				assertThat(zh.text(By.id("try-again"))).isEqualTo("重试");
				assertThat(zh.pageText()).doesNotContain("Exception", "SQL", "at com.", "Whitelabel");
				zh.screenshot("database-outage-503-zh");

				en.go("/projects?lang=en");
				assertThat(en.text(By.id("unavailable"))).startsWith("The database cannot be reached at the moment.");
				assertThat(en.find(By.id("try-again")).getAttribute("href")).as("try again asks for the same page")
					.endsWith("/projects?lang=en");
				assertThat(en.pageText()).doesNotContain("Exception", "SQL", "at com.");
				en.screenshot("database-outage-503-en");

				phone.go("/projects");
				assertThat(phone.text(By.id("unavailable"))).startsWith("目前无法连接数据库");
				assertThat(phone.widerThanTheViewport()).isEmpty();
				phone.screenshot("database-outage-503-390");
			}
			finally {
				database.start();
			}

			tryAgainUntilThePageIsBack(zh);
			assertThat(zh.text(By.id("project-list"))).as("the same page, still signed in").contains("华东区销售与服务 CRM 实施");
			assertThat(zh.find(By.id("logout")).isDisplayed()).isTrue();
			tryAgainUntilThePageIsBack(en);
			assertThat(en.driver().getCurrentUrl()).endsWith("/projects?lang=en");
			assertThat(en.text(By.id("project-list"))).isNotBlank();
		}
	}

	/**
	 * Clicks "try again" as a person would, once a second, until the page is there (the
	 * pool reconnects within a few seconds of the database's return).
	 */
	private static void tryAgainUntilThePageIsBack(Browser browser) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (!browser.driver().findElements(By.id("try-again")).isEmpty() && System.nanoTime() < deadline) {
			click(browser, By.id("try-again"));
			if (!browser.driver().findElements(By.id("try-again")).isEmpty()) {
				sleep();
			}
		}
		assertThat(browser.driver().findElements(By.id("try-again"))).as("the page is back within 30 s").isEmpty();
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void click(Browser browser, By target) {
		WebElement page = browser.find(By.tagName("html"));
		browser.find(target).click();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
			.until(ExpectedConditions.stalenessOf(page));
	}

}
