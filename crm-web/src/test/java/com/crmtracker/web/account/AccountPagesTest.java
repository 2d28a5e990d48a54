package com.crmtracker.web.account;

import java.time.LocalDate;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account page in both languages: it is linked from the top bar, refuses a token
 * without a name or with an expiry out of range on the form itself, and the token page of
 * all users is for admins only.
 */
@WebAppTest
class AccountPagesTest {

	@Autowired
	MockMvc mvc;

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
