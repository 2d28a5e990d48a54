package com.crmtracker.web.browser;

import java.util.Set;

import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director working in Chinese creates a project and finds it in the list; finance sees
 * it too; another director does not.
 */
@WebAppTest
class ProjectListBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory users;

	@Test
	void aNewProjectIsSeenByItsDirectorAndFinanceButNotByAnotherDirector() {
		Browser.requireChromium();
		if (this.users.find("director.two").isEmpty()) {
			this.users.create(new NewUser("director.two", "another secret 42", "Director Two", Set.of(Role.DIRECTOR)));
		}
		String name = "上海分公司呼叫中心 CRM " + System.nanoTime() % 10000;

		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			browser.logIn("director", "demo");
			assertThat(browser.text(By.id("nav-projects"))).isEqualTo("项目");
			browser.find(By.id("new-project")).click();
			browser.find(By.id("name")).sendKeys(name);
			browser.find(By.id("organisation")).sendKeys("上海海川机电");
			browser.find(By.id("currency")).clear();
			browser.find(By.id("currency")).sendKeys("CNY");
			setDate(browser, "startDate", "2027-01-04");
			setDate(browser, "plannedGoLive", "2027-12-01");
			browser.screenshot("project-form-zh");
			browser.find(By.id("save-project")).click();

			assertThat(browser.text(By.id("flash"))).isEqualTo("项目已创建。");
			assertThat(browser.text(By.id("project-name"))).isEqualTo(name);
			browser.screenshot("project-created-zh");
			browser.find(By.id("nav-projects")).click();
			assertThat(browser.text(By.id("project-list"))).contains(name);
			browser.logOut();

			browser.logIn("finance", "demo");
			browser.go("/projects");
			assertThat(browser.text(By.id("project-list"))).contains(name);
			browser.logOut();

			browser.logIn("director.two", "another secret 42");
			browser.go("/projects");
			assertThat(browser.pageText()).doesNotContain(name).contains("目前没有您可以查看的项目。");
		}
	}

	/** Sets a date field's value at once (typing it works as well: the field is text). */
	private static void setDate(Browser browser, String id, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

}
