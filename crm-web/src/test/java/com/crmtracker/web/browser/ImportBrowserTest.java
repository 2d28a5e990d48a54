package com.crmtracker.web.browser;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance previews an import, commits it, meets an identical file, undoes an import; a
 * file above the limit is refused with 413, on the page and in the API, over real HTTP.
 */
@WebAppTest
class ImportBrowserTest {

	static final String HEADER = "category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n";

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	private ProjectId aProject(String name) {
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectId id = this.projects
			.create(director,
					new ProjectDraft(name + " " + System.nanoTime(), "Haichuan", "CNY", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 10, 1), ProjectStatus.ACTIVE),
					null)
			.projectId();
		this.projects.addMember(this.access.open(director, id),
				new NewMember("steering", Membership.STEERING, null, null, new BigDecimal("10"), false));
		return id;
	}

	@Test
	void financePreviewsAGbkFileCommitsItMeetsItAgainAndUndoesIt() throws Exception {
		ProjectId id = aProject("导入预览");
		Path csv = Files.createDirectories(Path.of("target", "browser-files")).resolve("gbk-" + id + ".csv");
		// what Excel on Chinese Windows saves as "CSV": GBK
		Files.write(csv,
				(HEADER + "硬件购置费用,DEVELOPMENT,PLANNED,2026-01-15,300000.00,浪潮,服务器,,,\n"
						+ "培训费用,DEVELOPMENT,PLANNED,2027-02-01,50000.00,培训中心,用户培训,,TRAINING,\n"
						+ "HARDWARE,DEVELOPMENT,ACTUAL,2026-01-20,310000.50,浪潮,服务器,,,\n")
					.getBytes(Charset.forName("GBK")));
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + id + "/costs");
			browser.find(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
			browser.find(By.id("import-preview")).click();
			// UTF-8 chosen: refused, naming the row and the way out; nothing stored
			assertThat(browser.text(By.id("preview-errors"))).contains("2").contains("GB18030");
			browser.screenshot("import-preview-not-utf8");
			browser.find(By.id("discard-import")).click();
			assertThat(browser.text(By.id("costs-count"))).contains("0");

			browser.find(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
			new Select(browser.find(By.id("import-charset"))).selectByValue("GB18030");
			browser.find(By.id("import-preview")).click();
			assertThat(browser.text(By.id("preview-summary"))).contains("3");
			// planned 300 000.00 + 50 000.00; actual 310 000.50
			assertThat(browser.text(By.id("preview-planned"))).contains("350,000.00");
			assertThat(browser.text(By.id("preview-actual"))).contains("310,000.50");
			assertThat(browser.text(By.id("preview-groups"))).contains("硬件购置费用").contains("培训费用");
			browser.screenshot("import-preview");
			browser.find(By.id("commit-import")).click();
			assertThat(browser.text(By.id("import-done"))).contains("3");
			assertThat(browser.text(By.id("costs-count"))).contains("3");
			assertThat(browser.pageText()).contains("浪潮").contains("培训中心");
			assertThat(browser.text(By.id("import-table"))).contains("gbk-" + id + ".csv");

			// the same file at once: the page asks first
			browser.find(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
			new Select(browser.find(By.id("import-charset"))).selectByValue("GB18030");
			browser.find(By.id("import-submit")).click();
			assertThat(browser.text(By.id("import-duplicate"))).contains("gbk-" + id + ".csv").contains("finance");
			browser.screenshot("import-duplicate");
			browser.find(By.id("import-anyway")).click();
			assertThat(browser.text(By.id("costs-count"))).contains("6");

			// undo the second import: asks first, then the ledger is as before
			String latest = browser.find(By.cssSelector("#import-table tbody tr")).getAttribute("id").substring(7);
			browser.find(By.cssSelector("#import-" + latest + " summary")).click();
			browser.screenshot("import-undo-confirm");
			browser.find(By.id("undo-" + latest)).click();
			assertThat(browser.text(By.id("flash"))).isNotBlank();
			assertThat(browser.text(By.id("costs-count"))).contains("3");
		}
	}

	@Test
	void aFileAboveTheLimitIs413OnThePageAndInTheApi() throws Exception {
		ProjectId id = aProject("Too large");
		Path big = Files.createDirectories(Path.of("target", "browser-files")).resolve("big-" + id + ".csv");
		// just above the 64 MB default limit
		long limit = 64L * 1024 * 1024;
		try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			String line = "HARDWARE,DEVELOPMENT,PLANNED,2026-02-01,10.00,Dell,,,,\n";
			for (long written = HEADER.length(); written <= limit; written += line.length()) {
				out.write(line);
			}
		}
		try (Browser browser = Browser.open(this.port, "en")) {
			browser.logIn("finance", "demo");
			browser.go("/projects/" + id + "/costs");
			browser.find(By.id("import-file")).sendKeys(big.toAbsolutePath().toString());
			browser.find(By.id("import-submit")).click();
			assertThat(browser.text(By.id("too-large"))).contains("64 MB");
			browser.screenshot("import-too-large");
		}
		HttpClient client = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder().encodeToString("finance:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> csv = client.send(HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + this.port + "/api/v1/projects/" + id.value() + "/cost-lines/import"))
			.header("Authorization", basic)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofFile(big))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(413);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(csv.body()).contains("64 MB");
		String boundary = "import-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> multipart = client.send(HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + this.port + "/api/v1/projects/" + id.value() + "/cost-lines/import"))
			.header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(big), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(multipart.statusCode()).isEqualTo(413);
		assertThat(multipart.body()).contains("64 MB");
		Files.delete(big);
	}

}
