package com.crmtracker.web.dashboard;

import java.time.LocalDate;

import com.crmtracker.domain.Actor;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class PortfolioTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioWorld world;

	@Autowired
	Portfolio portfolio;

	@Test
	void aDirectorsPortfolioListsOnlyHisProjectsAndASteeringMemberOnlyHerCommittees() throws Exception {
		Actor mine = this.world.aDirector("portfolio.mine");
		Actor theirs = this.world.aDirector("portfolio.theirs");
		Actor member = this.world.aSteeringMember("portfolio.member");
		ProjectSummary a = this.world.aNinePhaseProject(mine, "Portfolio A " + System.nanoTime());
		ProjectSummary b = this.world.aNinePhaseProject(theirs, "Portfolio B " + System.nanoTime());
		this.world.joinCommittee(theirs, b, member);

		this.mvc.perform(get("/portfolio").with(user("portfolio.mine").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(a.name())))
			.andExpect(content().string(not(containsString(b.name()))));
		this.mvc.perform(get("/").with(user("portfolio.member").roles("STEERING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(b.name())))
			.andExpect(content().string(not(containsString(a.name()))));
		this.mvc.perform(get("/").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(a.name())))
			.andExpect(content().string(containsString(b.name())));
		// a director's home: his open deliverables and the projects he may see
		this.mvc.perform(get("/").with(user("portfolio.mine").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-deliverables\"")))
			.andExpect(content().string(containsString(a.name())))
			.andExpect(content().string(not(containsString(b.name()))));
	}

	@Test
	void aLateAndOverBudgetProjectIsMarkedRed() {
		Actor director = this.world.aDirector("portfolio.late");
		ProjectSummary late = this.world.aNinePhaseProject(director, "Late and over " + System.nanoTime());
		this.world.anOverdueDeliverable(director, late, 30);
		this.world.overBudget(late);

		PortfolioRow row = this.portfolio.rowOf(this.world.open(director, late), LocalDate.now());

		assertThat(row.overdue()).isEqualTo(1);
		assertThat(row.worstSlipDays()).isEqualTo(30);
		assertThat(row.overdueMark()).isEqualTo(Mark.RED);
		// actual 180,000 against 100,000 planned to date: 1.8 > 1.10
		assertThat(row.cost().costRatio()).isEqualByComparingTo("1.8");
		assertThat(row.costMark()).isEqualTo(Mark.RED);
		assertThat(row.overallMark()).isEqualTo(Mark.RED);
		// forecast: 180,000 booked + nothing planned to come + max(0, 100,000 − 180,000)
		// = 180,000
		assertThat(row.cost().forecastTco()).isEqualByComparingTo("180000.00");
		assertThat(row.tcoMark()).isEqualTo(Mark.RED);
	}

	@Test
	void aPlanNotYetBookedIsForecastAsPlanned() {
		Actor director = this.world.aDirector("portfolio.planned");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Only planned " + System.nanoTime());
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now(), "123456.78", 1);
		this.world.aCost(project, "PLANNED", "OPERATION", LocalDate.now().plusYears(1), "1000.00", null);
		this.world.aCost(project, "ACTUAL", "DEVELOPMENT", LocalDate.now(), "100000.00", 1);

		PortfolioRow row = this.portfolio.rowOf(this.world.open(director, project), LocalDate.now());

		// planned TCO 124,456.78; forecast = 100,000 booked + 1,000 to come + (123,456.78
		// − 100,000)
		assertThat(row.cost().plannedTco()).isEqualByComparingTo("124456.78");
		assertThat(row.cost().forecastTco()).isEqualByComparingTo("124456.78");
		assertThat(row.tcoMark()).isEqualTo(Mark.GREEN);
		// actual 100,000 of 123,456.78 planned to date: under plan
		assertThat(row.costMark()).isEqualTo(Mark.GREEN);
	}

	@Test
	void earnedValueReadsTheRealPhasesOfThePlan() throws Exception {
		Actor director = this.world.aDirector("portfolio.ev");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Earned value " + System.nanoTime());
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now(), "100000.00", 1);
		this.world.aCost(project, "PLANNED", "DEVELOPMENT", LocalDate.now(), "50000.00", 2);
		this.world.aCost(project, "ACTUAL", "DEVELOPMENT", LocalDate.now(), "80000.00", 1);
		this.world.completePhaseOne(director, project);
		LocalDate endOfPhaseOne = this.world.phaseEnd(director, project, 1);

		// at the planned end of phase 1: PV = 100,000 × 1 + 50,000 × 0 = 100,000;
		// EV = 100,000 × 1 (both deliverables done) + 50,000 × 0 = 100,000; AC = 80,000;
		// CPI = 100,000 / 80,000 = 1.25; SPI = 1; EAC = 150,000 / 1.25 = 120,000
		this.mvc
			.perform(get("/api/v1/projects/" + project.id() + "/earned-value?asOf=" + endOfPhaseOne)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("steering", "demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.bac")
				.value("150000.00"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.pv")
				.value("100000.00"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ev")
				.value("100000.00"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.cpi").value(1.25))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.spi").value(1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.eac")
				.value("120000.00"));
	}

	@Test
	void theOverdueMarkIsAmberUpTo14DaysOfSlip() {
		Actor director = this.world.aDirector("portfolio.slightly");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Slightly late " + System.nanoTime());
		this.world.anOverdueDeliverable(director, project, 14);

		assertThat(this.portfolio.rowOf(this.world.open(director, project), LocalDate.now()).overdueMark())
			.isEqualTo(Mark.AMBER);
	}

	@Test
	void thePortfolioExportsAsCsvAndXlsx() throws Exception {
		this.mvc.perform(get("/portfolio/export?format=csv").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("华东区销售与服务 CRM 实施")))
			.andExpect(content().string(containsString("Five-year TCO forecast")));
		byte[] xlsx = this.mvc.perform(get("/portfolio/export?format=xlsx").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Project");
			boolean found = false;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				found |= "华东区销售与服务 CRM 实施".equals(sheet.getRow(i).getCell(0).getStringCellValue());
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void thePortfolioCsvNeverRunsAProjectNameAsAFormula() throws Exception {
		Actor director = this.world.aDirector("portfolio.formula");
		String hyperlink = "=HYPERLINK(\"http://evil.example/\",\"open\") " + System.nanoTime();
		String command = "=cmd|' /C calc'!A0 " + System.nanoTime();
		this.world.aNinePhaseProject(director, hyperlink);
		this.world.aNinePhaseProject(director, command);

		String csv = this.mvc
			.perform(get("/portfolio/export?format=csv").with(user("portfolio.formula").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// RFC 4180 quotes the cells (they hold quotes or commas); inside, the apostrophe
		// comes first
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"open\"\") ")
			.contains("'=cmd|' /C calc'!A0 ")
			.doesNotContain("\n=")
			.doesNotContain("\n\"=");
	}

	@Test
	void theDashboardIsSeenByWhoSeesTheProjectOnly() throws Exception {
		Actor director = this.world.aDirector("dashboard.owner");
		Actor stranger = this.world.aDirector("dashboard.stranger");
		ProjectSummary project = this.world.aNinePhaseProject(director, "Dashboard " + System.nanoTime());
		String page = "/projects/" + project.id() + "/dashboard";
		this.mvc.perform(get(page).with(user("dashboard.owner").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline\"")));
		this.mvc.perform(get(page).with(user("steering").roles("STEERING"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user("finance").roles("FINANCE"))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(user(stranger.username()).roles("DIRECTOR"))).andExpect(status().isNotFound());
	}

}
