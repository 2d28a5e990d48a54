package com.crmtracker.web.costing;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebAppTest
class CostPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	UserDirectory users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	long project;

	String base;

	@BeforeEach
	void aProject() {
		this.project = CostingWebFixture.aProject(this.projects, this.access, this.users, "2026-01-01");
		this.base = "/projects/" + this.project;
	}

	@Test
	void financeEntersALineAndEveryoneWhoSeesTheProjectReadsThePages() throws Exception {
		this.mvc
			.perform(post(this.base + "/costs").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "1234.50")
				.param("vendor", "Dell"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.base + "/costs"));
		for (String page : new String[] { "/costs", "/tco", "/business-case", "/earned-value" }) {
			for (String role : new String[] { "FINANCE", "ADMIN" }) {
				this.mvc.perform(get(this.base + page + "?lang=zh-CN").with(user(role.toLowerCase()).roles(role)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
			this.mvc.perform(get(this.base + page + "?lang=en").with(user("director").roles("DIRECTOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
			this.mvc.perform(get(this.base + page).with(user("steering").roles("STEERING")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"line-form\""))))
				.andExpect(content().string(not(containsString("id=\"benefit-form\""))));
			this.mvc.perform(get(this.base + page).with(user(CostingWebFixture.OUTSIDER).roles("DIRECTOR")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(this.base + "/costs?lang=en").with(user("finance").roles("FINANCE")))
			.andExpect(content().string(containsString("1,234.50")))
			.andExpect(content().string(containsString("id=\"line-form\"")));
		this.mvc.perform(get(this.base + "/tco?lang=en").with(user("steering").roles("STEERING")))
			.andExpect(content().string(containsString("id=\"warning-NO_PLANNED_TRAINING\"")))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void theEarnedValuePageNamesThePhasesInTheReadersLanguage() throws Exception {
		String chinese = this.mvc
			.perform(get(this.base + "/earned-value?lang=zh-CN").with(user("steering").roles("STEERING")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(chinese).contains("项目准备", "系统切换").doesNotContain("Project preparation");
		String english = this.mvc
			.perform(get(this.base + "/earned-value?lang=en").with(user("steering").roles("STEERING")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Project preparation").doesNotContain("项目准备");
	}

	@Test
	void theRealisedCaseWithoutActualsSaysSoInsteadOfAPaybackOfZero() throws Exception {
		// a fresh project: no actual cost, no actual benefit
		String page = this.mvc
			.perform(get(this.base + "/business-case?lang=en").with(user("steering").roles("STEERING")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"actual-unavailable\"")
			.contains("No actual cost and no actual benefit are booked yet")
			.containsPattern("id=\"roi-actual\"\\s*>–<")
			.containsPattern("id=\"payback-actual\"\\s*>–<")
			// nor does an empty plan read "0.00 years"
			.containsPattern("id=\"payback-planned\"\\s*>Nothing to pay back")
			.containsPattern("id=\"irr-planned\"\\s*>None: the yearly nets never change sign<")
			.doesNotContain("0.00 years");
		this.mvc.perform(get(this.base + "/business-case?lang=zh-CN").with(user("steering").roles("STEERING")))
			.andExpect(content().string(containsString("尚未记录实际成本和实际收益")));
	}

	@Test
	void aBadAmountComesBackOnTheFormNamingTheField() throws Exception {
		this.mvc
			.perform(post(this.base + "/costs?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "12.345")
				.param("vendor", "Dell"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most two decimal places")))
			.andExpect(content().string(containsString("0 lines")));
	}

	@Test
	void everyBadFieldOfASubmitIsShownAtOnce() throws Exception {
		this.mvc
			.perform(post(this.base + "/costs?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "abc")
				.param("vendor", " ")
				.param("phase", "42"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number.")))
			.andExpect(content().string(containsString("Enter the vendor")))
			.andExpect(content().string(containsString("Enter a phase number of the plan.")))
			// the form comes back as typed, the text that is no number included
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"2026-02-01\"")))
			.andExpect(content().string(containsString("0 lines")));
	}

	@Test
	void aStaleDiscountRateShowsTheFormWithTheCurrentVersionAndKeepsTheirRate() throws Exception {
		this.mvc
			.perform(post(this.base + "/business-case/rate?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("rate", "10")
				.param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		long current = this.jdbc.queryForObject("select version from costing_settings where project_id = ?", Long.class,
				this.project);
		// a second person still read the default rate
		this.mvc
			.perform(post(this.base + "/business-case/rate?lang=en").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("rate", "12")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")))
			.andExpect(content().string(containsString("value=\"12\"")));
		assertThat(this.jdbc.queryForObject("select discount_rate from costing_settings where project_id = ?",
				java.math.BigDecimal.class, this.project))
			.isEqualByComparingTo("0.1");
	}

	@Test
	void theDiscountRateIsTypedAsAPercentageAndTheFormShowsItAsItTakesIt() throws Exception {
		String[][] typed = { { "8", "0.08" }, { "8%", "0.08" }, { "8.5 %", "0.085" }, { "８，５％", "0.085" },
				{ "12.25", "0.1225" } };
		for (String[] rate : typed) {
			this.mvc
				.perform(post(this.base + "/business-case/rate").with(user("finance").roles("FINANCE"))
					.with(csrf())
					.param("rate", rate[0])
					.param("version", String.valueOf(settingsVersion())))
				.andExpect(status().is3xxRedirection());
			assertThat(discountRate()).as(rate[0]).isEqualByComparingTo(rate[1]);
		}
		// 0.1225 is shown as 12.25% and offered as 12.25, which saves unchanged
		this.mvc.perform(get(this.base + "/business-case?lang=en").with(user("finance").roles("FINANCE")))
			.andExpect(content().string(containsString("Discount rate 12.25% per year")))
			.andExpect(content().string(containsString("name=\"rate\" value=\"12.25\"")));
		this.mvc
			.perform(post(this.base + "/business-case/rate").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("rate", "12.25")
				.param("version", String.valueOf(settingsVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(discountRate()).isEqualByComparingTo("0.1225");
	}

	@Test
	void aDiscountRateThatIsNoPercentageIsRefusedByNameInBothLanguages() throws Exception {
		this.mvc
			.perform(post(this.base + "/business-case/rate?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("rate", "8 percent")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Discount rate: Enter a percentage: a number such as 8, 8% or 8.5%.")))
			.andExpect(content().string(containsString("value=\"8 percent\"")));
		this.mvc
			.perform(post(this.base + "/business-case/rate?lang=zh-CN").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("rate", "150%")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("折现率")))
			.andExpect(content().string(containsString("请填写 0 到 100 之间、最多四位小数的百分比，例如 8 或 8.5%。")));
		this.mvc
			.perform(post(this.base + "/business-case/rate?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("rate", "1,000")
				.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a percentage: a number such as 8, 8% or 8.5%.")));
		assertThat(this.jdbc.queryForObject("select count(*) from costing_settings where project_id = ?", Long.class,
				this.project))
			.isZero();
	}

	private long settingsVersion() {
		return this.jdbc
			.queryForList("select version from costing_settings where project_id = ?", Long.class, this.project)
			.stream()
			.findFirst()
			.orElse(-1L);
	}

	private java.math.BigDecimal discountRate() {
		return this.jdbc.queryForObject("select discount_rate from costing_settings where project_id = ?",
				java.math.BigDecimal.class, this.project);
	}

	@Test
	void aStaleDeleteIsRefusedByTheConflictPageAndAStaleEditShowsTheirValues() throws Exception {
		this.mvc
			.perform(post(this.base + "/costs").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "10.00")
				.param("vendor", "Dell"))
			.andExpect(status().is3xxRedirection());
		long line = this.jdbc.queryForObject("select id from cost_line where project_id = ?", Long.class, this.project);
		this.mvc
			.perform(post(this.base + "/costs/" + line + "/edit?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "11.00")
				.param("vendor", "Dell")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		// someone saved version 0 in the meantime: the form shows their values and
		// carries the current version
		this.mvc
			.perform(post(this.base + "/costs/" + line + "/edit?lang=en").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("category", "HARDWARE")
				.param("stage", "DEVELOPMENT")
				.param("kind", "PLANNED")
				.param("incurredOn", "2026-02-01")
				.param("amount", "12.00")
				.param("vendor", "Dell")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("11.00")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		this.mvc
			.perform(post(this.base + "/costs/" + line + "/delete?lang=en").with(user("finance").roles("FINANCE"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(
				this.jdbc.queryForObject("select amount from cost_line where id = ?", java.math.BigDecimal.class, line))
			.isEqualByComparingTo("11.00");
	}

	@Test
	void directorsAndSteeringCannotChangeMoney() throws Exception {
		for (String role : new String[] { "DIRECTOR", "STEERING" }) {
			String name = role.toLowerCase();
			this.mvc
				.perform(post(this.base + "/costs").with(user(name).roles(role)).with(csrf()).param("amount", "1.00"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart(this.base + "/costs/import")
					.file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
					.with(user(name).roles(role))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post(this.base + "/business-case/benefits").with(user(name).roles(role))
					.with(csrf())
					.param("amount", "1.00"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post(this.base + "/business-case/rate").with(user(name).roles(role))
					.with(csrf())
					.param("rate", "0.1"))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					post(this.base + "/costs/rules").with(user(name).roles(role)).with(csrf()).param("percent", "20"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anImportWithABadRowListsItAndStoresNothing() throws Exception {
		String csv = "category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n"
				+ "培训费用,DEVELOPMENT,PLANNED,2026-03-01,8000.00,培训中心,,,,\n"
				+ "HARDWARE,DEVELOPMENT,PLANNED,2026-03-01,abc,Dell,,,,\n";
		this.mvc.perform(multipart(this.base + "/costs/import")
			.file(new MockMultipartFile("file", "lines.csv", "text/csv",
					csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(user("finance").roles("FINANCE"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("importErrors"));
		this.mvc.perform(get(this.base + "/costs?lang=en").with(user("finance").roles("FINANCE")))
			.andExpect(content().string(containsString("0 lines")));
		this.mvc.perform(get(this.base + "/costs/template.csv").with(user("steering").roles("STEERING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("category,stage,kind,incurred_on,amount")));
	}

}
