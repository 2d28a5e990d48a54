package com.crmtracker.web.costing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports through the API and the ledger page: charsets, refusals in our words,
 * duplicates, the imports list and undo, generated lines skipped, the preview that stores
 * nothing.
 */
@WebAppTest
class ImportWebTest {

	static final String HEADER = CostingApiTest.HEADER;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	long project;

	String base;

	@BeforeEach
	void aProject() {
		this.project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.base = "/api/v1/projects/" + this.project;
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
		return request.with(httpBasic(user, "demo"));
	}

	private long lines() throws Exception {
		MvcResult result = this.mvc.perform(as(get(this.base + "/cost-lines"), "finance")).andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.totalElements")).longValue();
	}

	private String tco() throws Exception {
		return this.mvc.perform(as(get(this.base + "/tco"), "finance")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aGb18030BodyNamedInTheContentTypeStoresItsChinese() throws Exception {
		byte[] gbk = (HEADER + "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,北京培训中心,用户培训,,,\n")
			.getBytes(Charset.forName("GBK"));
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv;charset=GB18030")
				.content(gbk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		this.mvc.perform(as(get(this.base + "/cost-lines"), "finance"))
			.andExpect(jsonPath("$.content[0].vendor").value("北京培训中心"))
			.andExpect(jsonPath("$.content[0].description").value("用户培训"));
	}

	@Test
	void aGbkBodyWithoutACharsetIsRefusedNamingTheRowAndTheWayOut() throws Exception {
		byte[] gbk = (HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,北京培训中心,,,,\n")
			.getBytes(Charset.forName("GBK"));
		this.mvc.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv").content(gbk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("CSV UTF-8")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("GB18030")));
		assertThat(lines()).isZero();
		// in the caller's language, never a library's words
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.header("Accept-Language", "zh-CN")
				.content(gbk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("另存为\"CSV UTF-8\"")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("GB18030")));
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv;charset=KOI8-R")
				.content(gbk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("charset"));
	}

	@Test
	void aRowWiderThanTheHeaderAndABrokenWorkbookAreRefusedInOurWords() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,,,surplus\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("more than the 10 of the header row")));
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-31,10.00,Dell,,,,\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("incurred_on"))
			.andExpect(jsonPath("$.errors[0].value").value("2026-02-31"));
		this.mvc
			.perform(multipart(this.base + "/cost-lines/import")
				.file(new MockMultipartFile("file", "broken.xlsx", XLSX,
						"PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("finance", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Excel workbook (.xlsx)")))
			.andExpect(content().string(not(containsString("POI"))))
			.andExpect(content().string(not(containsString("bugzilla"))));
	}

	@Test
	void anIdenticalFileIs409NamingTheEarlierImportUndoRestoresTheTcoExactly() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "LABOUR,OPERATION,PLANNED,2027-01-01,300.00,Internal,,,,\n"))
			.andExpect(status().isOk());
		String tcoBefore = tco();
		String file = HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
				+ "SOFTWARE,DEVELOPMENT,ACTUAL,2026-03-01,20.00,SAP,,,,\n";
		MvcResult first = this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.header("Content-Disposition", "attachment; filename=\"march.csv\"")
				.content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.skippedGenerated").value(0))
			.andReturn();
		long importId = ((Number) JsonPath.read(first.getResponse().getContentAsString(), "$.importId")).longValue();
		this.mvc.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv").content(file))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cost.import.duplicate"))
			.andExpect(jsonPath("$.existingImport.id").value(importId))
			.andExpect(jsonPath("$.existingImport.fileName").value("march.csv"))
			.andExpect(jsonPath("$.existingImport.importedBy").value("finance"))
			.andExpect(jsonPath("$.detail").value(containsString("march.csv")));
		assertThat(lines()).isEqualTo(3);
		MvcResult second = this.mvc
			.perform(as(post(this.base + "/cost-lines/import?allowDuplicate=true"), "finance").contentType("text/csv")
				.content(file))
			.andExpect(status().isOk())
			.andReturn();
		long secondId = ((Number) JsonPath.read(second.getResponse().getContentAsString(), "$.importId")).longValue();
		this.mvc.perform(as(get(this.base + "/imports"), "steering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(3))
			.andExpect(jsonPath("$.content[0].id").value(secondId))
			.andExpect(jsonPath("$.content[0].lines").value(2));

		this.mvc.perform(as(delete(this.base + "/imports/" + importId), "steering")).andExpect(status().isForbidden());
		this.mvc.perform(as(delete(this.base + "/imports/" + importId), "finance")).andExpect(status().isNoContent());
		this.mvc.perform(as(delete(this.base + "/imports/" + secondId), "finance")).andExpect(status().isNoContent());
		assertThat(lines()).isEqualTo(1);
		assertThat(tco()).isEqualTo(tcoBefore);
		this.mvc.perform(as(delete(this.base + "/imports/" + importId), "finance")).andExpect(status().isNotFound());
		this.mvc.perform(as(get(this.base + "/imports"), "finance")).andExpect(jsonPath("$.content.length()").value(1));
	}

	@Test
	void generatedLinesOfAnExportAreSkippedAndCounted() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(HEADER + "SOFTWARE,DEVELOPMENT,PLANNED,2026-01-01,1000.00,SAP,licences,,,\n"))
			.andExpect(status().isOk());
		String source = JsonPath
			.read(this.mvc.perform(as(get(this.base + "/cost-lines"), "finance"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.content[0].id")
			.toString();
		this.mvc
			.perform(as(post(this.base + "/recurring-rules"), "finance").contentType("application/json")
				.content("{\"sourceLineId\": " + source
						+ ", \"percent\": \"20\", \"fromYear\": 2, \"toYear\": 5, \"description\": \"maintenance\"}"))
			.andExpect(status().isCreated());
		byte[] csv = this.mvc.perform(as(get(this.base + "/cost-lines/export"), "finance"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long other = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.mvc
			.perform(as(post("/api/v1/projects/" + other + "/cost-lines/import"), "finance").contentType("text/csv")
				.content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			// years 2 to 5 of the rule
			.andExpect(jsonPath("$.skippedGenerated").value(4));
	}

	@Test
	void thePagePreviewsStoresNothingThenCommits() throws Exception {
		String page = "/projects/" + this.project + "/costs";
		MockMultipartFile file = new MockMultipartFile("file", "plan.csv", "text/csv",
				(HEADER + "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2027-02-01,2.50,Dell,,,,\n")
					.getBytes(StandardCharsets.UTF_8));
		MvcResult uploaded = this.mvc
			.perform(multipart(page + "/imports/preview").file(file)
				.param("charset", "UTF-8")
				.with(SecurityMockMvcRequestPostProcessors.user("finance").roles("FINANCE"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(page + "/imports/preview/*"))
			.andReturn();
		String preview = uploaded.getResponse().getRedirectedUrl();
		this.mvc.perform(get(preview).with(SecurityMockMvcRequestPostProcessors.user("finance").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commit-import\"")))
			.andExpect(content().string(containsString("10.00")))
			.andExpect(content().string(containsString("2.50")));
		assertThat(lines()).isZero();
		this.mvc
			.perform(post(preview + "/commit")
				.with(SecurityMockMvcRequestPostProcessors.user("finance").roles("FINANCE"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 2));
		assertThat(lines()).isEqualTo(2);

		// the same file imported at once: the page asks first, with the earlier import
		this.mvc
			.perform(multipart(page + "/import").file(file)
				.with(SecurityMockMvcRequestPostProcessors.user("finance").roles("FINANCE"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("duplicate"));
		assertThat(lines()).isEqualTo(2);
	}

}
