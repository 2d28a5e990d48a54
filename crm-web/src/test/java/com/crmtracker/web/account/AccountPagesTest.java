package com.crmtracker.web.account;

import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Role;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account page in both languages: it is linked from the top bar, refuses a token
 * without a name or with an expiry out of range on the form itself, and the token page of
 * all users is for admins only. The time zone chosen there is the one of every time
 * shown, before the browser's and UTC.
 */
@WebAppTest
class AccountPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void timesAreShownInTheZoneChosenOnTheAccountPageElseTheBrowsersElseUtc() throws Exception {
		String name = "zone.reader." + System.nanoTime() % 100000;
		this.users.createDemoUser(name, "Zone Reader", "demo", Set.of(Role.DIRECTOR));
		this.mvc
			.perform(post("/account/tokens").with(user(name).roles("DIRECTOR"))
				.with(csrf())
				.param("name", "Zones")
				.param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().isOk());
		// created at 15:04 UTC, kept in UTC
		this.jdbc.update("update api_token set created_at = timestamptz '2026-12-01 15:04:00+00' "
				+ "where user_id = (select id from user_account where username = ?)", name);

		this.mvc.perform(get("/account?lang=en").with(user(name).roles("DIRECTOR")))
			.andExpect(content().string(containsString("2026-12-01 15:04 (UTC)")));
		this.mvc
			.perform(get("/account?lang=en").with(user(name).roles("DIRECTOR"))
				.cookie(new Cookie("crm-zone", "America%2FNew_York")))
			.andExpect(content().string(containsString("2026-12-01 10:04 (America/New_York)")))
			.andExpect(content().string(containsString("The browser&#39;s zone (America/New_York)")));
		// a zone the product does not know counts as none
		this.mvc
			.perform(get("/account?lang=en").with(user(name).roles("DIRECTOR"))
				.cookie(new Cookie("crm-zone", "Mars%2FOlympus_Mons")))
			.andExpect(content().string(containsString("2026-12-01 15:04 (UTC)")));

		this.mvc
			.perform(post("/account/time-zone").with(user(name).roles("DIRECTOR"))
				.with(csrf())
				.param("timeZone", "Asia/Shanghai"))
			.andExpect(redirectedUrl("/account"));
		assertThat(zoneOf(name)).isEqualTo("Asia/Shanghai");
		// the choice wins over the browser's zone
		this.mvc
			.perform(get("/account?lang=zh-CN").with(user(name).roles("DIRECTOR"))
				.cookie(new Cookie("crm-zone", "America%2FNew_York")))
			.andExpect(content().string(containsString("2026-12-01 23:04 (Asia/Shanghai)")))
			.andExpect(content().string(containsString("<option value=\"Asia/Shanghai\" selected=\"selected\">")));

		this.mvc
			.perform(post("/account/time-zone?lang=en").with(user(name).roles("DIRECTOR"))
				.with(csrf())
				.param("timeZone", "Mars/Olympus_Mons"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Time zone: Choose a time zone from the list, or the browser")));
		this.mvc
			.perform(post("/account/time-zone?lang=zh-CN").with(user(name).roles("DIRECTOR"))
				.with(csrf())
				.param("timeZone", "Etc/GMT+8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请从列表中选择时区")));
		assertThat(zoneOf(name)).isEqualTo("Asia/Shanghai");

		// empty: the browser's again
		this.mvc
			.perform(post("/account/time-zone").with(user(name).roles("DIRECTOR")).with(csrf()).param("timeZone", ""))
			.andExpect(redirectedUrl("/account"));
		assertThat(zoneOf(name)).isNull();
		this.mvc
			.perform(get("/account?lang=en").with(user(name).roles("DIRECTOR"))
				.cookie(new Cookie("crm-zone", "Europe%2FBerlin")))
			.andExpect(content().string(containsString("2026-12-01 16:04 (Europe/Berlin)")));
	}

	private String zoneOf(String username) {
		return this.jdbc.queryForObject("select time_zone from user_account where username = ?", String.class,
				username);
	}

	@Test
	void theTopBarLeadsToTheAccountPageInEitherLanguage() throws Exception {
		this.mvc.perform(get("/projects").with(user("director").roles("DIRECTOR")))
			.andExpect(content().string(containsString("href=\"/account\"")));
		this.mvc.perform(get("/account").with(user("director").roles("DIRECTOR")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("API 令牌")))
			.andExpect(content().string(containsString("新建令牌")));
		this.mvc.perform(get("/account").with(user("director").roles("DIRECTOR")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A token lets a program use the API as you")));
	}

	@Test
	void aTokenWithoutANameOrWithAnExpiryOutOfRangeIsRefusedOnTheForm() throws Exception {
		this.mvc
			.perform(post("/account/tokens").with(user("steering").roles("STEERING"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", " ")
				.param("expiresOn", LocalDate.now().plusDays(400).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name of at most 100 characters.")))
			.andExpect(content().string(containsString("Choose a day after today and at most 366 days ahead.")))
			.andExpect(content().string(not(containsString("crm_"))));
		this.mvc
			.perform(post("/account/tokens").with(user("steering").roles("STEERING"))
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("name", "报表")
				.param("expiresOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择今天之后、最多 366 天以内的日期。")));
	}

	@Test
	void onlyAdminsSeeEveryUsersTokens() throws Exception {
		this.mvc.perform(get("/admin/tokens").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/tokens").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tokens/1/revoke").with(user("director").roles("DIRECTOR")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
