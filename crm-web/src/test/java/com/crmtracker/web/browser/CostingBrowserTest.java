package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What finance and a steering member do with costs, in a real browser. */
@WebAppTest
class CostingBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Test
	void financeUploadsACsvAndSeesTheTcoSteeringSeesTheSameAndCannotEdit() throws Exception {
		Browser.requireChromium();
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectSummary project = this.projects.create(director, new ProjectDraft("浏览器成本测试 " + System.nanoTime(),
				"Haichuan", "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 1), ProjectStatus.ACTIVE), null);
		ProjectId id = project.projectId();
		this.projects.addMember(this.access.open(director, id),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), false));
		Path csv = Files.createDirectories(Path.of("target", "browser-files")).resolve("costs-" + id + ".csv");
		Files.writeString(csv,
				"\uFEFFcategory,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n"
						+ "硬件购置费用,DEVELOPMENT,PLANNED,2026-01-15,300000.00,浪潮,服务器,3,,\n"
						+ "Software,DEVELOPMENT,PLANNED,2026-01-01,400000.00,Salesforce,许可证,3,,\n"
						+ "培训费用,DEVELOPMENT,PLANNED,2026-06-01,50000.00,培训中心,用户培训,7,TRAINING,\n"
						+ "LABOUR,OPERATION,PLANNED,2027-01-01,150000.00,内部,运维,,PROJECT_MANAGEMENT,KEEP_RUNNING\n"
						+ "OTHER,OPERATION,PLANNED,2028-01-01,100000.00,顾问,,,INTEGRATION,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-01-20,310000.50,浪潮,服务器,3,,\n",
				StandardCharsets.UTF_8);
		String planned;
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + id + "/costs");
			browser.find(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
			browser.find(By.id("import-submit")).click();
			assertThat(browser.text(By.id("import-done"))).contains("6");
			assertThat(browser.text(By.id("costs-count"))).contains("6");
			browser.screenshot("costing-ledger-finance");
			browser.find(By.id("tab-tco")).click();
			browser.waitFor(By.id("tco-planned"));
			// 300 000 + 400 000 + 50 000 + 150 000 + 100 000
			planned = browser.text(By.id("tco-planned-total"));
			assertThat(planned).isEqualTo("1,000,000.00");
			assertThat(browser.text(By.id("tco-actual-total"))).isEqualTo("310,000.50");
			assertThat(browser.text(By.id("tco-planned-HARDWARE"))).contains("300,000.00");
			// 750 000 / 1 000 000 development: outside 55%–65%
			assertThat(browser.text(By.id("tco-initial-share"))).isEqualTo("75.0%");
			assertThat(browser.find(By.id("warning-SPLIT_OUTSIDE_BENCHMARK")).getText()).contains("75.0%");
			assertThat(browser.find(By.id("warning-NO_PLANNED_DATA_MAINTENANCE")).getText()).contains("数据维护");
			assertThat(browser.driver().findElements(By.id("warning-NO_PLANNED_TRAINING"))).isEmpty();
			assertThat(browser.find(By.cssSelector("svg#tco-chart rect"))).isNotNull();
			browser.screenshot("costing-tco-finance");
			browser.logOut();

			browser.logIn("steering", "demo");
			browser.go("/projects/" + id + "/tco");
			assertThat(browser.text(By.id("tco-planned-total"))).isEqualTo(planned);
			assertThat(browser.text(By.id("tco-risk-band"))).isEqualTo("1,400,000.00 – 1,750,000.00");
			assertThat(browser.find(By.id("warning-NO_PLANNED_DATA_MAINTENANCE"))).isNotNull();
			browser.go("/projects/" + id + "/costs");
			// planned and actual apart, never one sum: 310 000.50 − 1 000 000
			assertThat(browser.text(By.id("costs-planned"))).contains("1,000,000.00");
			assertThat(browser.text(By.id("costs-actual"))).contains("310,000.50");
			assertThat(browser.text(By.id("costs-difference"))).contains("-689,999.50");
			assertThat(browser.driver().findElements(By.id("line-form"))).isEmpty();
			assertThat(browser.driver().findElements(By.id("import-form"))).isEmpty();
			assertThat(browser.driver().findElements(By.linkText("修改"))).isEmpty();
			browser.screenshot("costing-ledger-steering");
		}
	}

	@Test
	void theDemoProjectShowsItsCostsAndReturn() {
		Browser.requireChromium();
		Actor admin = new Actor("admin", Set.of(Role.ADMIN));
		ProjectSummary demo = this.projects.visibleTo(admin)
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow();
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + demo.id() + "/tco");
			assertThat(browser.find(By.id("warning-NO_PLANNED_DATA_MAINTENANCE"))).isNotNull();
			browser.screenshot("costing-demo-tco");
			browser.go("/projects/" + demo.id() + "/business-case");
			assertThat(browser.text(By.id("payback-planned"))).contains("4.04");
			browser.screenshot("costing-demo-business-case");
			browser.go("/projects/" + demo.id() + "/earned-value?lang=en");
			assertThat(browser.text(By.id("ev-ac"))).isNotEmpty();
			browser.screenshot("costing-demo-earned-value");
			browser.go("/projects/" + demo.id() + "/costs");
			browser.screenshot("costing-demo-ledger");
		}
	}

}
