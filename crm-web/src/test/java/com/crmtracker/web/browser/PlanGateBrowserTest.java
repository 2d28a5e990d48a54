package com.crmtracker.web.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.Projects;
import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in headless Chromium: the director completes the last deliverable of phase
 * 1; the steering member sees the gate waiting on the project page and approves it; the
 * director sees phase 1 done with the approver's name.
 */
@WebAppTest
class PlanGateBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectAccess access;

	@Autowired
	ProjectPlans plans;

	@Test
	void theDirectorCompletesPhaseOneAndTheSteeringMemberApprovesItsGate() {
		Browser.requireChromium();
		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectId project = this.projects
			.create(director,
					new ProjectDraft("浏览器测试项目 " + System.nanoTime() % 100000, "Haichuan", "CNY",
							LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(9), ProjectStatus.ACTIVE),
					null)
			.projectId();
		ProjectHandle handle = this.access.open(director, project);
		this.projects.addMember(handle,
				new NewMember("steering", Membership.STEERING, "Chair", null, new BigDecimal("10"), true));
		List<DeliverableView> phaseOne = this.plans.plan(handle).phase(1).deliverables();
		DeliverableView first = phaseOne.get(0);
		this.plans.complete(handle, first.id(), first.version(), null);
		DeliverableView last = phaseOne.get(phaseOne.size() - 1);
		long id = project.value();

		try (Browser b = Browser.open(this.port, "zh-CN")) {
			b.logIn("director", "demo");
			b.go("/projects/" + id + "/plan");
			b.screenshot("plan-director-before");
			click(b, By.id("complete-" + last.id()));
			b.waitFor(By.id("flash"));
			assertThat(b.find(By.id("phase-1")).getAttribute("data-status")).isEqualTo("AWAITING_GATE");
			logOut(b);

			b.logIn("steering", "demo");
			b.go("/projects/" + id);
			b.waitFor(By.id("gate-1"));
			assertThat(b.text(By.id("gate-1"))).contains("项目准备");
			b.screenshot("project-steering-gate");
			click(b, By.id("approve-1"));
			b.waitFor(By.id("flash"));
			assertThat(b.text(By.id("flash"))).contains("阶段评审已批准");
			assertThat(b.driver().findElements(By.id("gate-1"))).isEmpty();
			logOut(b);

			b.logIn("director", "demo");
			b.go("/projects/" + id + "/plan");
			assertThat(b.find(By.id("phase-1")).getAttribute("data-status")).isEqualTo("DONE");
			String phase = b.text(By.id("phase-1"));
			assertThat(phase).contains("已完成").contains("评审已批准").contains("Chen Wei");
			b.screenshot("plan-director-after");
		}
	}

	private static void click(Browser b, By by) {
		org.openqa.selenium.WebElement element = b.find(by);
		((org.openqa.selenium.JavascriptExecutor) b.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static void logOut(Browser b) {
		((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0);");
		b.logOut();
	}

}
