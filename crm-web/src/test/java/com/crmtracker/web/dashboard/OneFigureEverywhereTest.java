package com.crmtracker.web.dashboard;

import com.crmtracker.web.WebAppTest;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One figure, one implementation: the five-year TCO of a project that starts on 29
 * February is the same on its TCO page, in the API, on its dashboard, in the portfolio
 * and in its board pack.
 */
@WebAppTest
class OneFigureEverywhereTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aLeapDayProjectShowsTheSameFiveYearTcoOnEveryPage() throws Exception {
		long id = aProjectStarting("2024-02-29");
		// TCO year 1 is 2024-02-29 .. 2025-02-28; its anniversaries fall on 1 March, so
		// year 5 is
		// 2028-02-29 .. 2029-02-28 and 2029-03-01 is the first day after the horizon
		aPlannedLine(id, "2024-03-01", "1000.00");
		aPlannedLine(id, "2029-02-28", "2000.00");
		aPlannedLine(id, "2029-03-01", "4000.00");
		aPlannedLine(id, "2030-02-28", "8000.00");
		// planned five-year TCO: 1,000.00 + 2,000.00 = 3,000.00; 12,000.00 lies outside

		this.mvc.perform(get("/api/v1/projects/" + id + "/tco").with(httpBasic("finance", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedTotal").value("3000.00"))
			.andExpect(jsonPath("$.planned.SOFTWARE[4]").value("2000.00"))
			.andExpect(jsonPath("$.outsideHorizon.planned").value("12000.00"));

		assertThat(page("/projects/" + id + "/tco").getElementById("tco-planned-total").text()).isEqualTo("3,000.00");
		assertThat(page("/projects/" + id + "/dashboard").getElementById("planned-tco").text())
			.isEqualTo("3,000.00 CNY");
		assertThat(page("/portfolio").getElementById("row-" + id).select(".cell-tco").text()).contains("planned 3,000");
		assertThat(boardPackText(id)).contains("3,000.00 CNY");
	}

	private long aProjectStarting(String start) throws Exception {
		String body = "{\"name\": \"Leap day " + System.nanoTime() + "\", \"organisation\": \"Org\", "
				+ "\"currency\": \"CNY\", \"startDate\": \"" + start + "\", \"plannedGoLive\": \"2025-02-28\"}";
		String created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private void aPlannedLine(long id, String date, String amount) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + id + "/cost-lines").with(httpBasic("finance", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\": \"SOFTWARE\", \"stage\": \"OPERATION\", \"kind\": \"PLANNED\", "
						+ "\"incurredOn\": \"" + date + "\", \"amount\": \"" + amount + "\", \"vendor\": \"Acme\"}"))
			.andExpect(status().isCreated());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user("finance").roles("FINANCE")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String boardPackText(long id) throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/projects/" + id + "/board-pack?lang=en").with(httpBasic("finance", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
