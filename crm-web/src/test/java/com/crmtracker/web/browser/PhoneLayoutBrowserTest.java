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
 * The main pages on a phone (390 × 844): nothing wider than the screen, the menu behind
 * its button, the tabs in one row that scrolls, wide tables scrolling in their own box.
 */
@WebAppTest
class PhoneLayoutBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	static List<String> mainPages(long demo) {
		String p = "/projects/" + demo;
		return List.of("/portfolio", "/projects", p, p + "/dashboard", p + "/costs", p + "/plan", p + "/schedule",
				p + "/history", p + "/tco", p + "/business-case", p + "/earned-value", p + "/scorecard");
	}

	long demo() {
		return this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void thePhoneIs390PixelsWide() {
		Browser.requireChromium();
		try (Browser phone = Browser.openPhone(this.port, "en")) {
			phone.go("/login");
			assertThat(phone.script("return window.innerWidth;")).isEqualTo(390L);
		}
	}

	@Test
	void noMainPageIsWiderThanAPhoneInEitherLanguage() {
		Browser.requireChromium();
		for (String language : List.of("zh-CN", "en")) {
			try (Browser phone = Browser.openPhone(this.port, language)) {
				phone.logIn("admin", "demo");
				for (String page : mainPages(demo())) {
					phone.go(page);
					phone.find(By.id("main"));
					assertThat(phone.widerThanTheViewport()).as("%s in %s", page, language).isEmpty();
					phone.screenshot("phone-" + language + page.replace('/', '-'));
				}
			}
		}
	}

	@Test
	void theMenuOpensFromItsButtonAndTheTabsStayInOneRow() {
		Browser.requireChromium();
		try (Browser phone = Browser.openPhone(this.port, "zh-CN")) {
			phone.logIn("finance", "demo");
			phone.go("/projects/" + demo() + "/costs");
			WebElement portfolio = phone.find(By.id("nav-portfolio"));
			assertThat(portfolio.isDisplayed()).isFalse();
			phone.find(By.id("nav-toggle")).click();
			phone.waitFor(By.cssSelector("#nav-menu.show"));
			phone.waitFor(By.id("logout"));
			phone.screenshot("phone-menu-open");
			phone.find(By.id("nav-toggle")).click();
			phone.find(By.cssSelector("#nav-menu.collapse:not(.show)"));

			// one row of tabs: every tab has the same top edge in the row
			assertThat(phone.script("return [...document.querySelectorAll('.project-tabs .nav-link')]"
					+ ".map(t => t.offsetTop).filter((v, i, all) => all.indexOf(v) === i).length;"))
				.isEqualTo(1L);
			// a Chinese category name stays on one line (a row is one line high)
			WebElement category = phone.find(By.cssSelector("#cost-lines tbody tr td:nth-child(4)"));
			WebElement date = phone.find(By.cssSelector("#cost-lines tbody tr td:nth-child(2)"));
			assertThat(category.getSize().getHeight()).isEqualTo(date.getSize().getHeight());
			assertThat(category.getSize().getHeight()).isLessThan(2 * 24);
			phone.screenshot("phone-ledger-zh");
		}
	}

}
