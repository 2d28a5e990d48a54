package com.crmtracker.web.browser;

import com.crmtracker.web.WebAppTest;
import com.crmtracker.web.signin.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees of the sign-in throttle: after five wrong passwords the sixth try,
 * even with the right one, shows our 429 page with the wait in words and a way back to
 * the sign-in, in Chinese and in English and on a phone; an admin lets the name sign in
 * again on the throttles page, and the right password works at once.
 */
@WebAppTest
class SignInThrottleBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	// the shared context's other tests sign in from this address too: each test starts
	// and ends without a throttle
	@BeforeEach
	@AfterEach
	void forgetTheGuesses() {
		this.throttle.clearAll();
	}

	@Test
	void aGuessedNameSeesTheWaitInItsLanguageUntilAnAdminLetsItSignInAgain() {
		Browser.requireChromium();
		try (Browser zh = Browser.open(this.port, "zh-CN")) {
			for (int i = 0; i < SignInThrottle.FAILURES_PER_NAME; i++) {
				signIn(zh, "steering", "guess " + i);
				assertThat(zh.text(By.id("login-error"))).isNotBlank();
			}
			signIn(zh, "steering", "demo");
			assertThat(zh.driver().getTitle()).startsWith("请稍候");
			assertThat(zh.text(By.id("throttled"))).isEqualTo("该用户名或该地址的登录失败次数过多。请在 1 分钟后再试。");
			assertThat(zh.driver().findElements(By.id("logout"))).as("not signed in").isEmpty();
			assertThat(zh.pageText()).doesNotContain("Exception", "Whitelabel");
			assertThat(zh.seriousAccessibilityViolations()).isEmpty();
			zh.screenshot("sign-in-throttled-zh");
			click(zh, By.id("back-to-login"));
			assertThat(zh.find(By.id("login-submit")).isDisplayed()).as("the way back leads to the sign-in").isTrue();
		}
		try (Browser en = Browser.open(this.port, "en")) {
			signIn(en, "steering", "demo");
			assertThat(en.driver().getTitle()).startsWith("Please wait");
			assertThat(en.text(By.id("throttled"))).isEqualTo(
					"Too many failed sign-ins for this user name or from this address. You can try again in 1 minute.");
			assertThat(en.text(By.id("back-to-login"))).isEqualTo("Back to sign-in");
			en.screenshot("sign-in-throttled-en");
		}
		try (Browser phone = Browser.openPhone(this.port, "en")) {
			signIn(phone, "STEERING ", "demo");
			assertThat(phone.text(By.id("throttled"))).as("the name however it is written")
				.contains("You can try again in 1 minute.");
			assertThat(phone.widerThanTheViewport()).isEmpty();
			phone.screenshot("sign-in-throttled-390");
		}

		try (Browser admin = Browser.open(this.port, "en")) {
			admin.logIn("admin", "demo");
			admin.go("/admin/users");
			click(admin, By.id("sign-in-throttles"));
			assertThat(admin.text(By.id("throttle-list"))).contains("User name", "steering", "5");
			admin.screenshot("sign-in-throttles-admin-en");
			click(admin, By.id("clear-NAME-steering"));
			assertThat(admin.text(By.id("flash"))).isEqualTo("The throttle was cleared.");
			assertThat(admin.driver().findElements(By.id("clear-NAME-steering"))).isEmpty();
		}
		try (Browser zh = Browser.open(this.port, "zh-CN")) {
			zh.logIn("steering", "demo");
			assertThat(zh.find(By.id("logout")).isDisplayed()).isTrue();
		}
	}

	/** Sends the login form and waits for the page that answers it. */
	private static void signIn(Browser browser, String username, String password) {
		browser.go("/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(password);
		click(browser, By.id("login-submit"));
	}

	private static void click(Browser browser, By target) {
		WebElement page = browser.find(By.tagName("html"));
		browser.find(target).click();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(ExpectedConditions.stalenessOf(page));
	}

}
