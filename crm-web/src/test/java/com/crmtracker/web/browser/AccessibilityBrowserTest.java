package com.crmtracker.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical violation on the main pages, in both languages,
 * as someone who may edit them sees them (with every form).
 */
@WebAppTest
class AccessibilityBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Test
	void theMainPagesHaveNoSeriousAccessibilityViolation() {
		Browser.requireChromium();
		long demo = this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
		List<String> found = new ArrayList<>();
		for (String[] who : new String[][] { { "finance", "zh-CN" }, { "director", "en" } }) {
			try (Browser browser = Browser.open(this.port, who[1])) {
				browser.go("/login");
				found.addAll(browser.seriousAccessibilityViolations().stream().map(v -> "/login " + v).toList());
				browser.logIn(who[0], "demo");
				for (String page : PhoneLayoutBrowserTest.mainPages(demo)) {
					browser.go(page);
					browser.find(By.id("main"));
					found.addAll(browser.seriousAccessibilityViolations()
						.stream()
						.map(v -> who[0] + " " + page + " " + v)
						.toList());
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
