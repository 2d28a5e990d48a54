package com.crmtracker.web.dashboard;

import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
@Import(PortfolioWorld.class)
class BoardPackTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Autowired
	PhaseGates gates;

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
			// cover, summary, timeline, cost and TCO, earned value, scorecard, decisions
			assertThat(pdf.getNumberOfPages()).isEqualTo(7);
		}
		assertThat(text).contains(project.name());
		// planned five-year TCO: 123,456.78 + 1,000.00 = 124,456.78
		assertThat(text).contains("124,456.78");
		assertThat(text).contains("项目指导委员会汇报材料", "自上次汇报以来的决定");
	}

	@Test
	void theNextPackListsOnlyTheDecisionsTakenSinceTheLastOne() throws Exception {
		Actor director = this.world.aDirector("pack.gates");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Gate pack " + System.nanoTime());
		this.world.completePhaseOne(director, project);
		Actor steering = new Actor("steering", Set.of(Role.STEERING));
		this.gates.decide(steering, project.projectId(), 1, GateDecision.APPROVE, "Scope signed");

		assertThat(text(pack(project, "en"))).contains("This is the first pack", "Approved", "Scope signed");
		assertThat(text(pack(project, "en"))).contains("No gate was decided since the last pack")
			.doesNotContain("Scope signed");
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

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
