package com.crmtracker.web.dashboard;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class BoardPackTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.crmtracker.project.ProjectPlans plans;

	@Test
	void thePackIsAPdfWithTheChineseNameTheTcoTotalAndAPagePerSection() throws Exception {
		Actor director = this.world.aDirector("pack.director");
		ProjectSummary project = this.world.aNinePhaseProject(director, "董事会汇报测试项目 " + System.nanoTime() % 1000);
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", java.time.LocalDate.now(), "123456.78", 1);
		this.world.aCost(project, "PLANNED", "OPERATION", java.time.LocalDate.now().plusYears(1), "1000.00", null);

		byte[] bytes = pack(project, "zh-CN");
		// kept to look at: pdftoppm -png target/board-pack-zh.pdf target/board-pack
		java.nio.file.Files.write(java.nio.file.Path.of("target", "board-pack-zh.pdf"), bytes);
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
			// cover, summary, timeline, cost and TCO, earned value, business case,
			// scorecard, every KPI, decisions
			assertThat(pdf.getNumberOfPages()).isEqualTo(9);
		}
		assertThat(text).contains(project.name());
		// planned five-year TCO: 123,456.78 + 1,000.00 = 124,456.78
		assertThat(text).contains("124,456.78");
		assertThat(text).contains("项目指导委员会汇报材料", "自上次汇报以来的决定");
	}

	@Test
	void downloadingRecordsNothingSoTwoDownloadsInEitherLanguageListTheSameDecisions() throws Exception {
		ProjectSummary project = aProjectWithPhaseOneApproved("Read twice " + System.nanoTime());

		String first = text(pack(project, "en"));
		String again = text(pack(project, "en"));
		String chinese = text(pack(project, "zh-CN"));
		assertThat(first).contains("This is the first pack", "Approved", "Scope signed",
				"Draft of the next pack: not yet issued to the committee.");
		assertThat(again).contains("Approved", "Scope signed");
		assertThat(chinese).contains("批准", "Scope signed");
		assertThat(this.jdbc.queryForObject("select count(*) from board_pack_issue where project_id = ?", Long.class,
				project.id()))
			.isZero();
	}

	@Test
	void issuingAPackMovesTheMarkAndTheIssuedPackKeepsItsDecisions() throws Exception {
		ProjectSummary project = aProjectWithPhaseOneApproved("Issued pack " + System.nanoTime());

		this.mvc.perform(post("/api/v1/projects/" + project.id() + "/board-packs").with(httpBasic("steering", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/projects/" + project.id() + "/board-pack?number=1"))
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.issuedBy").value("steering"))
			.andExpect(jsonPath("$.issuedAt").isNotEmpty());

		// the draft of pack 2 starts after pack 1: nothing decided since
		assertThat(text(pack(project, "en"))).contains("No gate was decided since the last pack")
			.doesNotContain("Scope signed");
		// pack 1 as issued still lists its decision, in either language
		assertThat(text(issuedPack(project, 1, "en"))).contains("Pack no. 1, issued on", "by steering", "Scope signed");
		assertThat(text(issuedPack(project, 1, "zh-CN"))).contains("第 1 期", "Scope signed");

		this.mvc.perform(post("/api/v1/projects/" + project.id() + "/board-packs").with(httpBasic("steering", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2));
		this.mvc
			.perform(get("/api/v1/projects/" + project.id() + "/board-pack?number=3&lang=en")
				.with(httpBasic("steering", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyItsDirectorOrCommitteeIssuesAPack() throws Exception {
		ProjectSummary project = this.world.aNinePhaseProject(this.world.aDirector("pack.issuer"),
				"Who issues " + System.nanoTime());
		this.world.aDirector("pack.stranger");
		String path = "/api/v1/projects/" + project.id() + "/board-packs";
		this.mvc.perform(post(path)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(path).with(httpBasic("pack.stranger", "director secret 1")))
			.andExpect(status().isNotFound());
		// finance sees every project but does not issue packs to the committee
		this.mvc.perform(post(path).with(httpBasic("finance", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(post(path).with(httpBasic("pack.issuer", "director secret 1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuedBy").value("pack.issuer"));
	}

	@Test
	void theDashboardButtonIssuesThePackAndSaysSo() throws Exception {
		ProjectSummary project = aProjectWithPhaseOneApproved("Button pack " + System.nanoTime());
		this.mvc
			.perform(post("/projects/" + project.id() + "/board-packs").with(user("steering").roles("STEERING"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/projects/" + project.id() + "/dashboard"))
			.andExpect(flash().attribute("saved", "pack.issued"));
		this.mvc.perform(get("/projects/" + project.id() + "/dashboard").with(user("steering").roles("STEERING")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Last pack issued: no. 1 on")));
		assertThat(this.jdbc.queryForObject("select count(*) from board_pack_issue where project_id = ?", Long.class,
				project.id()))
			.isEqualTo(1);
	}

	private ProjectSummary aProjectWithPhaseOneApproved(String name) throws Exception {
		Actor director = this.world.aDirector("pack.gates");
		ProjectSummary project = this.world.aNinePhaseProject(director, name);
		this.world.completePhaseOne(director, project);
		this.mvc
			.perform(post("/api/v1/projects/" + project.id() + "/phases/1/gate").with(httpBasic("steering", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"APPROVE\", \"reason\": \"Scope signed\"}"))
			.andExpect(status().isOk());
		return project;
	}

	@Test
	void onlyWhoSeesTheProjectGetsItsPack() throws Exception {
		ProjectSummary project = this.world.aNinePhaseProject(this.world.aDirector("pack.owner"),
				"Private pack " + System.nanoTime());
		this.world.aDirector("pack.other");
		String path = "/api/v1/projects/" + project.id() + "/board-pack?lang=en";
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(path).with(httpBasic("pack.other", "director secret 1"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(httpBasic("finance", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void thePackCarriesTheBusinessCaseEveryKpiAndTheGoLiveWarning() throws Exception {
		Actor director = this.world.aDirector("pack.director");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Business case pack " + System.nanoTime());
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", java.time.LocalDate.now(), "1000.00", 1);
		for (int year = 2; year <= 3; year++) {
			this.mvc.perform(post("/api/v1/projects/" + project.id() + "/benefit-lines")
				.with(httpBasic("finance", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": " + year
						+ ", \"kind\": \"PLANNED\", \"type\": \"COST_SAVING\", \"amount\": \"600.00\", \"description\": \"Savings\"}"))
				.andExpect(status().isCreated());
		}
		// customer satisfaction 70 against baseline 60 and target 80: (70 − 60) / (80 −
		// 60)
		// = 0.50, amber
		this.world.aScoredKpi(director, project, "70");
		// the cutover (phase 8) 10 days after the planned go-live
		com.crmtracker.project.PhaseView cutover = this.plans.plan(this.world.open(director, project)).phase(8);
		this.plans.updatePhase(this.world.open(director, project), 8, cutover.version(),
				new com.crmtracker.project.PhaseDates(cutover.plannedStart(), project.plannedGoLive().plusDays(10),
						null, null));

		String text = text(pack(project, "en"));
		// N = −1 000, 600, 600, 0, 0: −1 000 + 600x + 600x² = 0 with x = 1 / (1 + r)
		// gives
		// x = (−600 + √(600² + 4 × 600 × 1 000)) / 1 200 = 0.8844374, r = 0.1306624: IRR
		// 13.07% (LibreOffice IRR({-1000;600;600;0;0}) = 13.07%)
		assertThat(text).contains("Business case", "IRR (5 years)", "13.07%", "Discounted payback", "Likely TCO",
				"1,400.00 – 1,750.00 CNY");
		// payback: cumulative −1 000, −400, 200 → 2 + 400 / 600 = 2.67 years
		assertThat(text).contains("2.67 years");
		assertThat(text).contains("Every KPI", "Customer satisfaction", "80.00 points", "0.50", "Amber");
		assertThat(text).contains("Go-live at risk", "10 days after the planned go-live");
	}

	private byte[] pack(ProjectSummary project, String lang) throws Exception {
		return this.mvc
			.perform(get("/api/v1/projects/" + project.id() + "/board-pack?lang=" + lang)
				.with(httpBasic("steering", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private byte[] issuedPack(ProjectSummary project, int number, String lang) throws Exception {
		return this.mvc
			.perform(get("/api/v1/projects/" + project.id() + "/board-pack?number=" + number + "&lang=" + lang)
				.with(httpBasic("steering", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
