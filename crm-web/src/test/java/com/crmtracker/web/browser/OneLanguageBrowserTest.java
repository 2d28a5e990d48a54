package com.crmtracker.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.Projects;
import com.crmtracker.project.TemplateView;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language per page: the Chinese pages of the demo project name its phases and its
 * template deliverables in Chinese only, and the language switch keeps the page and its
 * query.
 */
@WebAppTest
class OneLanguageBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	MethodologyTemplates templates;

	long demo() {
		return this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void chinesePagesShowNoEnglishNameOfTheTemplate() {
		Browser.requireChromium();
		TemplateView template = this.templates.get(Projects.DEFAULT_TEMPLATE);
		List<String> english = new ArrayList<>();
		for (TemplateView.Phase phase : template.phases()) {
			english.add(phase.nameEn());
			phase.deliverables().forEach(d -> english.add(d.nameEn()));
		}
		assertThat(english).contains("Base data prepared");
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			for (String page : PhoneLayoutBrowserTest.mainPages(demo())) {
				browser.go(page);
				String text = browser.pageText();
				assertThat(english).as("English template names on %s in Chinese", page)
					.noneMatch(name -> text.contains(name));
			}
			// the English page does show them: the check can fail
			browser.go("/projects/" + demo() + "/plan?lang=en");
			assertThat(browser.pageText()).contains("Base data prepared");
		}
	}

	@Test
	void theLanguageSwitchKeepsThePageAndTheLedgerFilter() {
		Browser.requireChromium();
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + demo() + "/costs?category=LABOUR&kind=PLANNED");
			String count = browser.text(By.id("costs-count"));
			browser.find(By.id("lang-zh")).click();
			assertThat(browser.driver().getCurrentUrl()).contains("/projects/" + demo() + "/costs")
				.contains("category=LABOUR")
				.contains("kind=PLANNED")
				.contains("lang=zh-CN");
			assertThat(browser.find(By.cssSelector("#f-category option[selected]")).getText()).isEqualTo("人工费用");
			assertThat(browser.text(By.id("costs-count")).replaceAll("\\D", "")).isEqualTo(count.replaceAll("\\D", ""));
			browser.find(By.id("lang-en")).click();
			assertThat(browser.driver().getCurrentUrl()).contains("category=LABOUR").contains("lang=en");
			assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=zh-CN");
		}
	}

}
