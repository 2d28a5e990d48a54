package com.crmtracker.web.costing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class CostingApiTest {

	static final String HEADER = "category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n";

	static final String LINE = """
			{"category": "HARDWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-02-01",
			 "amount": "%s", "vendor": "Dell", "description": "Servers"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	@Autowired
	com.crmtracker.project.ProjectPlans plans;

	long project;

	String base;

	@BeforeEach
	void aProject() {
		this.project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.base = "/api/v1/projects/" + this.project;
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
		return request.with(httpBasic(user,
				CostingWebFixture.OUTSIDER.equals(user) ? CostingWebFixture.OUTSIDER_PASSWORD : "demo"));
	}

	private MvcResult createLine(String amount) throws Exception {
		return this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted(amount)))
			.andExpect(status().isCreated())
			.andReturn();
	}

	@Test
	void financeCreatesALineAndGetsItBackWithTcoYearAndVersion() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted("1234.5")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/cost-lines/")))
			.andExpect(jsonPath("$.amount").value("1234.50"))
			.andExpect(jsonPath("$.tcoYear").value(1))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.id").isNumber());
		this.mvc.perform(as(get(this.base + "/cost-lines?kind=PLANNED&year=1"), "steering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.totals.planned").value("1234.50"))
			.andExpect(jsonPath("$.totals.actual").value("0.00"))
			.andExpect(jsonPath("$.content[0].vendor").value("Dell"));
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON).content("""
					{"category": "HARDWARE", "stage": "DEVELOPMENT", "kind": "ACTUAL", "incurredOn": "2026-02-10",
					 "amount": "1000.00", "vendor": "Dell", "description": "Servers delivered"}
					"""))
			.andExpect(status().isCreated());
		// both kinds in the filter: planned 1 234.50 and actual 1 000.00 apart, never
		// their
		// sum 2 234.50; difference = 1 000.00 − 1 234.50
		this.mvc.perform(as(get(this.base + "/cost-lines?year=1"), "steering"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totals.planned").value("1234.50"))
			.andExpect(jsonPath("$.totals.actual").value("1000.00"))
			.andExpect(jsonPath("$.totals.difference").value("-234.50"))
			.andExpect(jsonPath("$.total").doesNotExist());
		String page = this.mvc.perform(get("/projects/" + this.project + "/costs?lang=en")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("steering")
				.roles("STEERING")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("id=\"costs-planned\"\\s*>CNY 1,234.50<")
			.containsPattern("id=\"costs-actual\"\\s*>CNY 1,000.00<")
			.containsPattern("id=\"costs-difference\"\\s*>CNY -234.50<")
			.doesNotContain("2,234.50");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12.345", "abc", "1e5", "" })
	void badAmountsAreRefusedWith422NamingAmount(String amount) throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted(amount)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("amount")));
		this.mvc.perform(as(get(this.base + "/cost-lines"), "finance")).andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void anAmountSentAsAJsonNumberIsRefusedBecauseAmountsAreStrings() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted("x").replace("\"x\"", "0.1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
	}

	@Test
	void unknownCodesAreRefusedWith422NamingTheField() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON).content("""
					{"category": "FURNITURE", "stage": "BUILD", "kind": "SPENT", "incurredOn": "2101-01-01",
					 "amount": "1.00", "vendor": "Dell", "driver": "GOSSIP"}
					"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[*].field").value(hasItems("category", "stage", "kind", "incurredOn", "driver")));
		this.mvc.perform(as(get(this.base + "/cost-lines?category=FURNITURE"), "finance"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void onlyFinanceAndAdminChangeMoneyOthersReadOrSeeNothing() throws Exception {
		for (String reader : new String[] { "director", "steering" }) {
			this.mvc
				.perform(as(post(this.base + "/cost-lines"), reader).contentType(MediaType.APPLICATION_JSON)
					.content(LINE.formatted("1.00")))
				.andExpect(status().isForbidden());
			this.mvc.perform(as(get(this.base + "/cost-lines"), reader)).andExpect(status().isOk());
			this.mvc.perform(as(get(this.base + "/tco"), reader)).andExpect(status().isOk());
			this.mvc.perform(as(get(this.base + "/business-case"), reader)).andExpect(status().isOk());
			this.mvc.perform(as(get(this.base + "/earned-value"), reader)).andExpect(status().isOk());
			this.mvc.perform(as(get(this.base + "/cost-lines/export"), reader)).andExpect(status().isOk());
			this.mvc.perform(as(post(this.base + "/benefit-lines"), reader).contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"year\": 2, \"kind\": \"PLANNED\", \"type\": \"OTHER\", \"amount\": \"1.00\", \"description\": \"x\"}"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(as(post(this.base + "/cost-lines/import"), reader).contentType("text/csv")
					.content(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "admin").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted("1.00")))
			.andExpect(status().isCreated());
		for (String path : new String[] { "/cost-lines", "/tco", "/business-case", "/earned-value",
				"/cost-lines/export", "/benefit-lines" }) {
			this.mvc.perform(as(get(this.base + path), CostingWebFixture.OUTSIDER)).andExpect(status().isNotFound());
			this.mvc.perform(get(this.base + path)).andExpect(status().isUnauthorized());
		}
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), CostingWebFixture.OUTSIDER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted("1.00")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/api/v1/projects/999999/tco"), "finance")).andExpect(status().isNotFound());
	}

	@Test
	void staleVersionsAreRefusedWith409AndNothingChanges() throws Exception {
		String location = createLine("10.00").getResponse().getHeader("Location");
		this.mvc
			.perform(as(patch(location), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": \"20.00\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value("20.00"))
			.andExpect(jsonPath("$.vendor").value("Dell"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(as(patch(location), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": \"30.00\", \"version\": 0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(as(put(location), "finance").contentType(MediaType.APPLICATION_JSON)
				.content(LINE.formatted("40.00").replace("}", ", \"version\": 0}")))
			.andExpect(status().isConflict());
		this.mvc.perform(as(delete(location + "?version=0"), "finance")).andExpect(status().isConflict());
		this.mvc.perform(as(get(location), "steering")).andExpect(jsonPath("$.amount").value("20.00"));
		this.mvc.perform(as(delete(location), "finance")).andExpect(status().isUnprocessableContent());
		this.mvc.perform(as(delete(location + "?version=1"), "steering")).andExpect(status().isForbidden());
		this.mvc.perform(as(delete(location + "?version=1"), "finance")).andExpect(status().isNoContent());
		this.mvc.perform(as(get(location), "finance")).andExpect(status().isNotFound());
	}

	@Test
	void aCsvWithOneBadRowStoresNothingAndListsTheRow() throws Exception {
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,1e5,Dell,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n";
		this.mvc.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv").content(file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors.length()").value(1));
		this.mvc.perform(as(get(this.base + "/cost-lines"), "finance")).andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(("\uFEFF" + file.replace("1e5", "5")).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
	}

	@Test
	void exportGivesBackWhatImportTakesInCsvAndXlsx() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content((HEADER + "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,\"培训中心, 海淀\",第一期,3,TRAINING,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-120.50,Dell,Returned,,,\n")
					.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
		byte[] csv = this.mvc.perform(as(get(this.base + "/cost-lines/export"), "steering").accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] xlsx = this.mvc
			.perform(as(get(this.base + "/cost-lines/export"), "director")
				.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long other = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.mvc
			.perform(as(post("/api/v1/projects/" + other + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(csv))
			.andExpect(jsonPath("$.imported").value(2));
		this.mvc.perform(multipart("/api/v1/projects/" + other + "/cost-lines/import")
			.file(new MockMultipartFile("file", "lines.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.with(httpBasic("finance", "demo"))).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		again.write(this.mvc.perform(as(get("/api/v1/projects/" + other + "/cost-lines/export?kind=ACTUAL"), "finance"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(again.toString(StandardCharsets.UTF_8))
			.contains("HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-120.50,Dell,Returned,,,,false\r\n"
					+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-04-01,-120.50,Dell,Returned,,,,false");
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.contains("TRAINING,DEVELOPMENT,PLANNED,2026-03-01,8000.00,\"培训中心, 海淀\",第一期,3,TRAINING,");
	}

	@Test
	void tcoHasTheMatrixSharesBandAndWarnings() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-01-01,700.00,Dell,,,,\n"
						+ "SOFTWARE,OPERATION,PLANNED,2027-01-01,300.00,SAP,,,,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-02-01,750.00,Dell,,,,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2031-02-01,5.00,Dell,,,,\n"))
			.andExpect(status().isOk());
		this.mvc.perform(as(get(this.base + "/tco"), "steering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("CNY"))
			.andExpect(jsonPath("$.planned.HARDWARE[0]").value("700.00"))
			.andExpect(jsonPath("$.planned.SOFTWARE[1]").value("300.00"))
			.andExpect(jsonPath("$.actual.HARDWARE[0]").value("750.00"))
			// to date (year 1 has begun on 2026-01-01): 750 − 700 = 50
			.andExpect(jsonPath("$.variance.toDate.byCategory.HARDWARE[0]").value("50.00"))
			.andExpect(jsonPath("$.variance.toDate.plannedToDate.HARDWARE[0]").value("700.00"))
			// against the five-year plan: 750 − 1 000 = −250, −0.25
			.andExpect(jsonPath("$.variance.fiveYear.byCategory.SOFTWARE[1]").value("-300.00"))
			.andExpect(jsonPath("$.variance.fiveYear.total").value("-250.00"))
			.andExpect(jsonPath("$.variance.fiveYear.percent").value(-0.25))
			.andExpect(jsonPath("$.plannedTotal").value("1000.00"))
			.andExpect(jsonPath("$.yearTotals.planned[1]").value("300.00"))
			// 700 / 1000 and 300 / 1000
			.andExpect(jsonPath("$.initialShare").value(0.7))
			.andExpect(jsonPath("$.ongoingShare").value(0.3))
			.andExpect(jsonPath("$.riskBand.low").value("1400.00"))
			.andExpect(jsonPath("$.riskBand.high").value("1750.00"))
			.andExpect(jsonPath("$.outsideHorizon.actual").value("5.00"))
			.andExpect(jsonPath("$.warnings[*].code")
				.value(hasItems("SPLIT_OUTSIDE_BENCHMARK", "NO_PLANNED_TRAINING", "NO_PLANNED_INTEGRATION")));
	}

	@Test
	void businessCaseAndEarnedValue() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "SOFTWARE,DEVELOPMENT,PLANNED,2026-01-01,100.00,SAP,,1,,\n"
						+ "SOFTWARE,OPERATION,PLANNED,2027-01-01,20.00,SAP,,,,\n"
						+ "SOFTWARE,OPERATION,PLANNED,2028-01-01,20.00,SAP,,,,\n"
						+ "SOFTWARE,OPERATION,PLANNED,2029-01-01,20.00,SAP,,,,\n"
						+ "SOFTWARE,OPERATION,PLANNED,2030-01-01,20.00,SAP,,,,\n"
						+ "SOFTWARE,DEVELOPMENT,ACTUAL,2026-02-01,40.00,SAP,,1,,\n"))
			.andExpect(status().isOk());
		String[] benefits = { "50.00", "60.00", "60.00", "60.00" };
		for (int year = 2; year <= 5; year++) {
			this.mvc
				.perform(as(post(this.base + "/benefit-lines"), "finance").contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\": " + year + ", \"kind\": \"PLANNED\", \"type\": \"COST_SAVING\", \"amount\": \""
							+ benefits[year - 2] + "\", \"description\": \"Fewer service calls\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.amount").value(benefits[year - 2]));
		}
		// the hand-computed case of BusinessCaseCalculatorTest: NPV 16.09, ROI 50/180,
		// payback 3.75
		this.mvc.perform(as(get(this.base + "/business-case?rate=0.10&view=PLANNED"), "steering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.npv").value("16.09"))
			.andExpect(jsonPath("$.roi").value(0.2777777778))
			.andExpect(jsonPath("$.paybackYears").value(3.75))
			// IRR of −100, 30, 40, 40, 40: NPV(0.1757145844) = 0 (LibreOffice 17.57%);
			// discounted payback: cumulative D_4 = −8.7426 against D_5 = 40 / 1.61051 =
			// 24.8369 → 4 + 0.352 = 4.352
			.andExpect(jsonPath("$.irr").value(org.hamcrest.Matchers.closeTo(0.1757145844, 1e-9)))
			.andExpect(jsonPath("$.discountedPaybackYears").value(org.hamcrest.Matchers.closeTo(4.352, 1e-9)))
			.andExpect(jsonPath("$.tcoPerUser").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.netByYear[0]").value("-100.00"));
		// realised: only 40 spent, no actual benefit → no ROI and no payback, with the
		// reason (never an ROI of −100 % or a payback of 0)
		this.mvc.perform(as(get(this.base + "/business-case?view=ACTUAL"), "director"))
			.andExpect(jsonPath("$.rate").value(0.08))
			.andExpect(jsonPath("$.paybackYears").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.roi").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.reason.code").value("NO_ACTUAL_BENEFIT"))
			.andExpect(jsonPath("$.reason.message").value("No actual benefit is booked yet"))
			.andExpect(jsonPath("$.irr").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.irrReason.code").value("NO_ACTUALS"));
		// the plan has its figures and no reason
		this.mvc.perform(as(get(this.base + "/business-case?rate=0.10"), "director"))
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.nullValue()));
		this.mvc.perform(as(get(this.base + "/business-case?rate=abc"), "steering"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rate"));
		this.mvc.perform(as(get(this.base + "/business-case?view=MAYBE"), "steering"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("view"));
		this.mvc
			.perform(as(put(this.base + "/costing-settings"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"discountRate\": \"0.05\", \"version\": -1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		this.mvc
			.perform(as(put(this.base + "/costing-settings"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"discountRate\": \"0.06\", \"version\": -1}"))
			.andExpect(status().isConflict());
		this.mvc.perform(as(get(this.base + "/business-case"), "steering")).andExpect(jsonPath("$.rate").value(0.05));
		// finance names 4 CRM users: 180 / 4 = 45.00 per user
		this.mvc
			.perform(as(put(this.base + "/costing-settings"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"discountRate\": \"0.05\", \"crmUsers\": 4, \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.crmUsers").value(4));
		this.mvc.perform(as(get(this.base + "/business-case"), "steering"))
			.andExpect(jsonPath("$.tcoPerUser").value("45.00"))
			.andExpect(jsonPath("$.crmUsers").value(4));
		this.mvc
			.perform(as(put(this.base + "/costing-settings"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"discountRate\": \"0.05\", \"crmUsers\": 0, \"version\": 1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("crmUsers"));
		// the template's phases have started but no deliverable is complete: nothing is
		// earned
		// yet (EV = 0), so CPI = 0 / 40 = 0 and SPI = 0 / PV = 0; AC counts
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-03-01"), "steering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ac").value("40.00"))
			.andExpect(jsonPath("$.cpi").value(0))
			.andExpect(jsonPath("$.spi").value(0));
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-02-30"), "steering"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
	}

	@Test
	void earnedValueAtAPastDateCountsOnlyTheDeliverablesCompletedByThen() throws Exception {
		// phase 1's budget: 1 000.00 planned development cost
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON).content("""
					{"category": "LABOUR", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-01-05",
					 "amount": "1000.00", "vendor": "Internal", "description": "Preparation", "phase": "1"}
					"""))
			.andExpect(status().isCreated());
		// every deliverable of phase 1 completed on 20 January 2026
		com.crmtracker.project.ProjectHandle director = this.access.open(
				new com.crmtracker.domain.Actor("director", java.util.Set.of(com.crmtracker.domain.Role.DIRECTOR)),
				new com.crmtracker.domain.ProjectId(this.project));
		for (com.crmtracker.project.DeliverableView d : this.plans.plan(director).phase(1).deliverables()) {
			this.plans.complete(director, d.id(), d.version(), java.time.LocalDate.of(2026, 1, 20));
		}
		// before the project started: nothing planned, nothing earned
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2025-12-01"), "steering"))
			.andExpect(jsonPath("$.bac").value("1000.00"))
			.andExpect(jsonPath("$.pv").value("0.00"))
			.andExpect(jsonPath("$.ev").value("0.00"))
			.andExpect(jsonPath("$.spi").doesNotExist());
		// the day before the completions: still nothing earned
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-01-19"), "steering"))
			.andExpect(jsonPath("$.ev").value("0.00"));
		// on and after them: the whole phase budget
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-01-20"), "steering"))
			.andExpect(jsonPath("$.ev").value("1000.00"));
		// 800.00 actually spent on 10 January
		this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON).content("""
					{"category": "LABOUR", "stage": "DEVELOPMENT", "kind": "ACTUAL", "incurredOn": "2026-01-10",
					 "amount": "800.00", "vendor": "Internal", "description": "Preparation", "phase": "1"}
					"""))
			.andExpect(status().isCreated());
		// 19 January: EV 0, AC 800 → CPI 0: no typical or combined EAC, no ETC, no VAC;
		// CV = 0 − 800; atypical EAC = 800 + (1 000 − 0); TCPI = 1 000 / (1 000 − 800) =
		// 5
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-01-19"), "steering"))
			.andExpect(jsonPath("$.cpi").value(0))
			.andExpect(jsonPath("$.cv").value("-800.00"))
			.andExpect(jsonPath("$.eac").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.eacCombined").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.etc").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.vac").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.eacAtypical").value("1800.00"))
			.andExpect(jsonPath("$.tcpi").value(5));
		// at the year's end every phase has ended: PV = EV = BAC = 1 000, AC 800 → CPI
		// 1.25,
		// SPI 1, SV 0, CV 200, EAC = 1 000 / 1.25 = 800 three ways, ETC 0, VAC 200,
		// TCPI = 0 / 200 = 0
		this.mvc.perform(as(get(this.base + "/earned-value?asOf=2026-12-31"), "steering"))
			.andExpect(jsonPath("$.pv").value("1000.00"))
			.andExpect(jsonPath("$.cpi").value(1.25))
			.andExpect(jsonPath("$.spi").value(1))
			.andExpect(jsonPath("$.sv").value("0.00"))
			.andExpect(jsonPath("$.cv").value("200.00"))
			.andExpect(jsonPath("$.eac").value("800.00"))
			.andExpect(jsonPath("$.eacAtypical").value("800.00"))
			.andExpect(jsonPath("$.eacCombined").value("800.00"))
			.andExpect(jsonPath("$.etc").value("0.00"))
			.andExpect(jsonPath("$.vac").value("200.00"))
			.andExpect(jsonPath("$.tcpi").value(0));
		// the page shows the same EV for the same date
		String page = this.mvc.perform(get("/projects/" + this.project + "/earned-value?asOf=2026-01-19")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("steering")
				.roles("STEERING")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"ev-ev\">0.00<")
			.contains("id=\"ev-eac-atypical\">1,800.00<")
			.contains("id=\"ev-cv\">-800.00<")
			.contains("id=\"ev-tcpi\">5.000<")
			.contains("id=\"ev-eac-combined\">–<");
	}

	@Test
	void aMaintenanceRuleGeneratesPlannedLines() throws Exception {
		MvcResult licence = this.mvc
			.perform(as(post(this.base + "/cost-lines"), "finance").contentType(MediaType.APPLICATION_JSON).content("""
					{"category": "SOFTWARE", "stage": "DEVELOPMENT", "kind": "PLANNED", "incurredOn": "2026-01-10",
					 "amount": "50000.00", "vendor": "Salesforce", "description": "Licences"}
					"""))
			.andReturn();
		String id = com.jayway.jsonpath.JsonPath.read(licence.getResponse().getContentAsString(), "$.id").toString();
		this.mvc
			.perform(as(post(this.base + "/recurring-rules"), "finance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceLineId\": " + id
						+ ", \"percent\": \"20\", \"fromYear\": 2, \"toYear\": 5, \"description\": \"Maintenance\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.percent").value(20));
		// 50 000 + 4 × 10 000
		this.mvc.perform(as(get(this.base + "/cost-lines?kind=PLANNED"), "steering"))
			.andExpect(jsonPath("$.totalElements").value(5))
			.andExpect(jsonPath("$.totals.planned").value("90000.00"))
			.andExpect(jsonPath("$.content[1].generated").value(true));
		this.mvc
			.perform(as(post(this.base + "/recurring-rules"), "director").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceLineId\": " + id
						+ ", \"percent\": \"20\", \"fromYear\": 2, \"toYear\": 5, \"description\": \"x\"}"))
			.andExpect(status().isForbidden());
	}

}
