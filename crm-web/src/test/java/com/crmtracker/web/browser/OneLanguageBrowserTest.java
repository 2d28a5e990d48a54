package com.crmtracker.web.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Baselines;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.MemberView;
import com.crmtracker.project.MethodologyTemplates;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.project.TemplateView;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScoreStatus;
import com.crmtracker.web.WebAppTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One language per page: the Chinese pages of the demo project (and the director's home
 * with his open deliverables) name its phases, template deliverables, members' roles,
 * baseline and statuses in Chinese only; so does its Chinese board pack, which shows no
 * code either; and the language switch keeps the page and its query.
 */
@WebAppTest
class OneLanguageBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	Baselines baselines;

	@Autowired
	MethodologyTemplates templates;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	long demo() {
		return this.projects.visibleTo(new Actor("admin", Set.of(Role.ADMIN)))
			.stream()
			.filter(p -> p.name().equals("华东区销售与服务 CRM 实施"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The English names of the nine-phase template: its phases and deliverables. */
	List<String> englishTemplateNames() {
		TemplateView template = this.templates.get(Projects.DEFAULT_TEMPLATE);
		List<String> english = new ArrayList<>();
		for (TemplateView.Phase phase : template.phases()) {
			english.add(phase.nameEn());
			phase.deliverables().forEach(d -> english.add(d.nameEn()));
		}
		return english;
	}

	/**
	 * What must not show in English on a Chinese page: the template's names, the demo
	 * project's own texts written in both languages (roles of its members, its baseline),
	 * and the English labels of the statuses.
	 */
	Set<String> englishOnAChinesePage() {
		Set<String> english = new LinkedHashSet<>(englishTemplateNames());
		ProjectHandle demo = this.access.open(new Actor("admin", Set.of(Role.ADMIN)),
				new com.crmtracker.domain.ProjectId(demo()));
		this.projects.organisation(demo)
			.people()
			.stream()
			.filter(m -> m.projectRoleZh() != null)
			.map(MemberView::projectRole)
			.forEach(english::add);
		this.baselines.list(demo).stream().filter(b -> b.nameZh() != null).forEach(b -> english.add(b.name()));
		for (PhaseStatus s : PhaseStatus.values()) {
			english.add(english("phase.status." + s));
		}
		for (ProjectStatus s : ProjectStatus.values()) {
			english.add(english("project.status." + s));
		}
		for (ScoreStatus s : ScoreStatus.values()) {
			english.add(english("scorecard.status." + s));
		}
		for (GateDecision d : GateDecision.values()) {
			english.add(english("gate.decision." + d));
		}
		return english;
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/**
	 * The texts found as words in the text: not inside a longer English word or code
	 * (Chinese may stand right beside them).
	 */
	static List<String> foundIn(String text, Iterable<String> texts) {
		List<String> found = new ArrayList<>();
		for (String t : texts) {
			if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(t) + "(?![A-Za-z0-9_])").matcher(text).find()) {
				found.add(t);
			}
		}
		return found;
	}

	@Test
	void chinesePagesShowNoEnglishNameOfTheTemplateNorARoleOrAStatusInEnglish() {
		Browser.requireChromium();
		Set<String> english = englishOnAChinesePage();
		assertThat(english).contains("Base data prepared", "Sales operations lead", "Kick-off plan", "In progress",
				"Gate approved");
		List<String> pages = new ArrayList<>(List.of("/"));
		pages.addAll(PhoneLayoutBrowserTest.mainPages(demo()));
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			for (String page : pages) {
				browser.go(page);
				browser.find(By.id("main"));
				assertThat(foundIn(browser.pageText(), english)).as("English on %s in Chinese", page).isEmpty();
			}
			// the home list is there to be checked: the director owns open deliverables
			// of the
			// demo
			browser.go("/");
			assertThat(browser.driver().findElements(By.cssSelector("#my-deliverables-list tr.my-deliverable")))
				.isNotEmpty();
			// the English pages do show them: the check can fail
			browser.go("/projects/" + demo() + "/plan?lang=en");
			assertThat(browser.pageText()).contains("Base data prepared", "In progress");
			browser.go("/projects/" + demo() + "?lang=en");
			assertThat(browser.pageText()).contains("Sales operations lead").doesNotContain("销售运营负责人");
			browser.go("/projects/" + demo() + "/schedule?lang=en");
			assertThat(browser.pageText()).contains("Kick-off plan").doesNotContain("启动计划");
			browser.go("/?lang=en");
			assertThat(foundIn(browser.pageText(), englishTemplateNames())).isNotEmpty();
		}
	}

	@Test
	void theChineseBoardPackShowsNoEnglishNameOfTheTemplateNorACode() throws Exception {
		Set<String> codes = new LinkedHashSet<>();
		for (Enum<?>[] values : List.<Enum<?>[]>of(CostCategory.values(), PhaseStatus.values(), ProjectStatus.values(),
				GateDecision.values(), ScoreStatus.values(), Perspective.values(),
				com.crmtracker.web.dashboard.Mark.values())) {
			for (Enum<?> value : values) {
				codes.add(value.name());
			}
		}
		String chinese = packText("zh-CN");
		assertThat(chinese).contains("项目指导委员会汇报材料", "分析和诊断");
		assertThat(foundIn(chinese, englishOnAChinesePage())).as("English names in the Chinese pack").isEmpty();
		assertThat(foundIn(chinese, codes)).as("codes in the Chinese pack").isEmpty();
		// the English pack names the phases in English: the check can fail
		assertThat(foundIn(packText("en"), englishTemplateNames())).contains("Analysis and diagnosis");
	}

	private String packText(String language) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/projects/{id}/board-pack", demo()).param("lang", language)
				.with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
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
