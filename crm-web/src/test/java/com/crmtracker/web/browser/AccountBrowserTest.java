package com.crmtracker.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees of sessions and tokens: a token made on the account page, shown
 * once, used and revoked, by its owner and by an admin; a form sent after the session
 * expired leads to the login page, which says so and then shows the form's page again.
 */
@WebAppTest
@TestPropertySource(properties = "crm.test.context=real-sessions")
class AccountBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserMakesATokenSeesItOnceUsesItAndItIsRevokedByTheOwnerAndByAnAdmin() throws Exception {
		Browser.requireChromium();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.driver().manage().window().setSize(new Dimension(390, 1600));
			browser.logIn("finance", "demo");
			// on a phone the user's link is in the menu behind its button
			browser.find(By.id("nav-toggle")).click();
			browser.waitFor(By.id("current-user"));
			browser.find(By.id("current-user")).click();
			browser.find(By.id("name")).sendKeys("Finance export");
			submit(browser, By.id("create-token"));
			String token = browser.find(By.id("token-secret")).getAttribute("value");
			assertThat(token).startsWith("crm_").hasSize(47);
			assertThat(browser.text(By.id("token-issued"))).contains("Copy it now: it is shown only this once.");
			browser.screenshot("account-token-issued-390");
			assertThat(meWith(token)).isEqualTo(200);

			browser.go("/account");
			assertThat(browser.driver().getPageSource()).doesNotContain(token);
			assertThat(browser.text(By.id("token-list"))).contains("Finance export");
			long first = idOf("finance", "Finance export");
			submit(browser, By.id("revoke-" + first));
			assertThat(browser.text(By.id("flash"))).isEqualTo("The token was revoked.");
			assertThat(meWith(token)).isEqualTo(401);

			browser.find(By.id("name")).sendKeys("Reporting");
			submit(browser, By.id("create-token"));
			String second = browser.find(By.id("token-secret")).getAttribute("value");
			browser.logOut();

			browser.driver().manage().window().setSize(new Dimension(1400, 1600));
			browser.logIn("admin", "demo");
			browser.go("/admin/users");
			browser.find(By.id("to-tokens")).click();
			long reporting = idOf("finance", "Reporting");
			assertThat(browser.text(By.id("token-" + reporting))).contains("finance", "Reporting");
			browser.screenshot("admin-tokens-en");
			submit(browser, By.id("revoke-" + reporting));
			assertThat(browser.text(By.id("flash"))).isEqualTo("The token was revoked.");
			assertThat(meWith(second)).isEqualTo(401);
		}
	}

	@Test
	void aFormSentAfterTheSessionExpiredShowsTheLoginPageAndThenTheFormsPageAgain() {
		Browser.requireChromium();
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			browser.go("/projects/new");
			browser.find(By.id("name")).sendKeys("Expired before saving");
			String session = new String(
					Base64.getDecoder().decode(browser.driver().manage().getCookieNamed("SESSION").getValue()),
					StandardCharsets.US_ASCII);
			long nineHours = 9 * 3600 * 1000L;
			assertThat(
					this.jdbc.update(
							"update spring_session set last_access_time = last_access_time - ?, "
									+ "expiry_time = expiry_time - ? where session_id = ?",
							nineHours, nineHours, session))
				.isEqualTo(1);

			submit(browser, By.id("save-project"));
			assertThat(browser.text(By.id("login-expired"))).isEqualTo("您的会话已过期，请重新登录。");
			browser.screenshot("login-session-expired-zh");
			browser.find(By.id("username")).sendKeys("director");
			browser.find(By.id("password")).sendKeys("demo");
			submit(browser, By.id("login-submit"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/projects/new");
			assertThat(browser.find(By.id("save-project")).isDisplayed()).isTrue();
		}
	}

	private long idOf(String owner, String name) {
		return this.jdbc.queryForObject("select t.id from api_token t join user_account u on u.id = t.user_id "
				+ "where u.username = ? and t.name = ?", Long.class, owner, name);
	}

	private int meWith(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/users/me"))
			.header("Authorization", "Bearer " + token)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/** Clicks a submit button and waits for the page that answers it. */
	private static void submit(Browser browser, By button) {
		WebElement page = browser.find(By.tagName("html"));
		browser.find(button).click();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(ExpectedConditions.stalenessOf(page));
	}

}
