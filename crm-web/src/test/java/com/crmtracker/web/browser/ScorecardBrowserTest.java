package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director builds a scorecard in the browser; a steering member reads it.
 */
@WebAppTest
class ScorecardBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	Scorecards scorecards;

	@Test
	void aDirectorAddsLibraryKpisAndEntersAQuarterAndASteeringMemberSeesTheScores() {
		Browser.requireChromium();
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectId project = this.projects
			.create(director,
					new ProjectDraft("E2E 计分卡 " + System.nanoTime(), "Org", "CNY", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 12, 1), ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(this.access.open(director, project),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), true));
		String base = "/projects/" + project.value() + "/scorecard";

		try (Browser b = Browser.open(this.port, "zh-CN")) {
			b.logIn("director", "demo");
			b.go(base);
			b.find(By.id("tab-scorecard"));
			b.find(By.id("sc-nav-library")).click();
			addFromLibrary(b, "CUSTOMER_SATISFACTION", "70", "90");
			addFromLibrary(b, "SALES_PLAN_ATTAINMENT", "80", "100");
			addFromLibrary(b, "SERVICE_RESPONSE_TIME", "36", "12");
			b.screenshot("scorecard-library");

			Map<String, Long> ids = this.scorecards.kpis(this.access.open(director, project))
				.stream()
				.collect(Collectors.toMap(KpiView::libraryCode, KpiView::id));
			assertThat(ids).hasSize(3);
			// satisfaction 88: (88 − 70) / (90 − 70) = 0.9 → green
			enter(b, base, ids.get("CUSTOMER_SATISFACTION"), Map.of("value", "88"));
			assertThat(b.text(By.id("measurement-2026-Q3"))).contains("0.900").contains("绿");
			// plan attainment 90 / 100 × 100 = 90: (90 − 80) / 20 = 0.5 → amber
			enter(b, base, ids.get("SALES_PLAN_ATTAINMENT"), Map.of("numerator", "90", "denominator", "100"));
			assertThat(b.text(By.id("measurement-2026-Q3"))).contains("0.500").contains("黄");
			// response 30 h: (36 − 30) / (36 − 12) = 0.25 → red
			enter(b, base, ids.get("SERVICE_RESPONSE_TIME"), Map.of("value", "30"));
			assertThat(b.text(By.id("measurement-2026-Q3"))).contains("0.250").contains("红");
			assertThat(b.text(By.id("recorded"))).contains("2026-Q3").contains("0.250");
			b.screenshot("scorecard-kpi-director");

			// the director opens a ranking of the perspectives, ranks them, adds an
			// indicator
			b.find(By.id("sc-nav-rankings")).click();
			click(b, "open-ranking");
			rank(b, 1, 2, 3, 4);
			b.find(By.id("sc-nav-qualitative")).click();
			// the next page, not a field of the one before it
			new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("qualitative"));
			b.find(By.id("name")).sendKeys("销售人员每天使用 CRM");
			click(b, "add-indicator");
			b.find(By.id("flash"));
			b.logOut();

			b.logIn("steering", "demo");
			b.go(base);
			// equal weights 0.25; learning and growth has no KPI and is left out:
			// (0.5 + 0.9 + 0.25) / 3 = 0.55 → amber
			assertThat(b.text(By.id("overall-score"))).isEqualTo("0.550");
			assertThat(b.text(By.id("overall-status"))).isEqualTo("黄");
			assertThat(b.text(By.id("left-out"))).contains("学习与成长");
			assertThat(rowText(b, ids.get("CUSTOMER_SATISFACTION"))).contains("0.900").contains("绿");
			assertThat(rowText(b, ids.get("SALES_PLAN_ATTAINMENT"))).contains("0.500").contains("黄");
			assertThat(rowText(b, ids.get("SERVICE_RESPONSE_TIME"))).contains("0.250").contains("红");
			WebElement redBadge = b.find(By.cssSelector("#kpi-row-" + ids.get("SERVICE_RESPONSE_TIME") + " .badge"));
			assertThat(redBadge.getAttribute("class")).contains("text-bg-danger");
			assertThat(b.find(By.id("perspective-chart")).getTagName()).isEqualTo("svg");
			assertThat(b.driver().findElements(By.id("weights-form"))).isEmpty();
			assertThat(b.driver().findElements(By.id("sc-nav-library"))).isEmpty();
			b.screenshot("scorecard-steering");

			// the steering member ranks: R = 2, 4, 7, 7, S = 18, W = 12 × 18 / (4 × 60) =
			// 0.9
			b.find(By.id("sc-nav-rankings")).click();
			b.find(By.cssSelector(".ranking-link")).click();
			rank(b, 1, 2, 4, 3);
			assertThat(b.text(By.id("round-1"))).contains("0.900");
			b.screenshot("scorecard-ranking-steering");

			// and grades the indicator GOOD. Rows: customer satisfaction 0.9 → excellent,
			// plan
			// 0.5 → fair, response 0.25 → poor, the indicator good; equal weights:
			// B* = (0.25, 0.25, 0.25, 0.25), a tie → excellent; score 25 + 20 + 15 + 10 =
			// 70
			b.find(By.id("sc-nav-qualitative")).click();
			new Select(b.find(By.cssSelector("select[name=grade]"))).selectByValue("GOOD");
			click(b, b.find(By.cssSelector("button[id^=save-grade-]")).getAttribute("id"));
			b.find(By.id("flash"));
			assertThat(b.text(By.id("fuzzy-score"))).isEqualTo("70");
			assertThat(b.text(By.id("fuzzy-grade"))).isEqualTo("优");
			b.screenshot("scorecard-qualitative-steering");
		}
	}

	@Test
	void theDemoScorecardPagesRenderInBothLanguages() {
		Browser.requireChromium();
		long demo = this.projects.visibleTo(new Actor("steering", Set.of(Role.STEERING)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
		String base = "/projects/" + demo + "/scorecard";
		try (Browser b = Browser.open(this.port, "en")) {
			b.logIn("steering", "demo");
			b.go(base + "?lang=en");
			assertThat(b.text(By.id("overall-score"))).matches("0\\.\\d{3}");
			b.find(By.cssSelector(".kpi-link")).click();
			b.find(By.id("trend-chart"));
			assertThat(b.pageText()).doesNotContain("??");
			b.screenshot("scorecard-demo-kpi-en");
			b.find(By.id("sc-nav-rankings")).click();
			b.find(By.cssSelector(".ranking-link")).click();
			assertThat(b.text(By.id("round-1"))).contains("0.200");
			assertThat(b.text(By.id("round-2"))).contains("0.900").contains("Financial").contains("0.400");
			assertThat(b.pageText()).doesNotContain("??");
			b.screenshot("scorecard-demo-ranking-en");
			b.find(By.id("sc-nav-qualitative")).click();
			assertThat(b.text(By.id("fuzzy-grade"))).isNotBlank();
			assertThat(b.pageText()).doesNotContain("??");
			b.screenshot("scorecard-demo-qualitative-en");
			b.go(base + "/qualitative?lang=zh-CN");
			assertThat(b.pageText()).contains("模糊综合评价").doesNotContain("??");
			b.screenshot("scorecard-demo-qualitative-zh");
		}
	}

	private static void addFromLibrary(Browser b, String code, String baseline, String target) {
		b.find(By.id("baseline-" + code)).sendKeys(baseline);
		b.find(By.id("target-" + code)).sendKeys(target);
		click(b, "add-" + code);
		b.find(By.id("added-" + code));
	}

	private static void enter(Browser b, String base, long kpi, Map<String, String> values) {
		b.go(base + "/kpis/" + kpi);
		WebElement period = b.find(By.id("period"));
		period.clear();
		period.sendKeys("2026-Q3");
		values.forEach((field, value) -> b.find(By.id(field)).sendKeys(value));
		click(b, "save-measurement");
		b.find(By.id("flash"));
	}

	private static void rank(Browser b, int... ranks) {
		for (int i = 0; i < ranks.length; i++) {
			new Select(b.find(By.id("rank-" + i))).selectByValue(Integer.toString(ranks[i]));
		}
		click(b, "submit-ballot");
		b.find(By.id("flash"));
	}

	private static void click(Browser b, String id) {
		WebElement button = b.find(By.id(id));
		((JavascriptExecutor) b.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
		// every button clicked here submits its form: wait for the page it leads to
		new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
	}

	private static String rowText(Browser b, long kpi) {
		return b.text(By.id("kpi-row-" + kpi));
	}

}
