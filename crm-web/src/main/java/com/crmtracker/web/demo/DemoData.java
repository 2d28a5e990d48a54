package com.crmtracker.web.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.FunctionalGroup;
import com.crmtracker.project.Membership;
import com.crmtracker.project.NewMember;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectStatus;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A living product for a newcomer: the four demo logins (password {@code demo}) and one
 * realistic implementation project with its organisation. Runs once, on an empty
 * database.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final StartupUsers.DemoMode demoMode;

	private final UserDirectory users;

	private final Projects projects;

	private final ProjectAccess access;

	private final Clock clock;

	DemoData(StartupUsers.DemoMode demoMode, UserDirectory users, Projects projects, ProjectAccess access,
			Clock clock) {
		this.access = access;
		this.clock = clock;
		this.demoMode = demoMode;
		this.users = users;
		this.projects = projects;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.on() || this.users.find("admin").isPresent()) {
			return;
		}
		this.users.createDemoUser("admin", "Ada Admin", DEMO_PASSWORD, Set.of(Role.ADMIN));
		this.users.createDemoUser("director", "Liu Yang", DEMO_PASSWORD, Set.of(Role.DIRECTOR));
		this.users.createDemoUser("finance", "Zhang Min", DEMO_PASSWORD, Set.of(Role.FINANCE));
		this.users.createDemoUser("steering", "Chen Wei", DEMO_PASSWORD, Set.of(Role.STEERING));
		teamMember("li.na", "Li Na");
		teamMember("wang.fang", "Wang Fang");
		teamMember("zhao.lei", "Zhao Lei");
		teamMember("sun.li", "Sun Li");
		teamMember("zhou.min", "Zhou Min");

		Actor director = new Actor("director", Set.of(Role.DIRECTOR));
		ProjectSummary project = this.projects.create(director,
				new ProjectDraft("华东区销售与服务 CRM 实施", "Haichuan Machinery Co., Ltd.", "CNY",
						LocalDate.now(this.clock).minusMonths(5).withDayOfMonth(1),
						LocalDate.now(this.clock).plusMonths(7).withDayOfMonth(1), ProjectStatus.ACTIVE),
				Projects.DEFAULT_TEMPLATE);
		ProjectHandle id = this.access.open(director, project.projectId());
		// the roles are ours, so in both languages: each reader sees his or her own
		this.projects.addMember(id, new NewMember("steering", Membership.STEERING, "Chair, general manager", "主席，总经理",
				null, new BigDecimal("10"), true));
		this.projects.addMember(id, new NewMember("li.na", Membership.TEAM, "Sales operations lead", "销售运营负责人", null,
				new BigDecimal("80"), false));
		this.projects.addMember(id, new NewMember("wang.fang", Membership.TEAM, "IT architect", "IT 架构师", null,
				new BigDecimal("60"), false));
		this.projects.addMember(id, new NewMember("zhao.lei", Membership.TEAM, "Key user, sales department manager",
				"关键用户，销售部经理", FunctionalGroup.SALES, new BigDecimal("30"), false));
		this.projects.addMember(id, new NewMember("sun.li", Membership.TEAM, "Key user, service desk", "关键用户，服务台",
				FunctionalGroup.SERVICE, new BigDecimal("20"), false));
		this.projects.addMember(id, new NewMember("zhou.min", Membership.TEAM, "Key user, marketing", "关键用户，市场部",
				FunctionalGroup.MARKETING, new BigDecimal("20"), false));
		log.info("Demo data created: log in as admin, director, finance or steering with password '{}'", DEMO_PASSWORD);
	}

	private void teamMember(String username, String name) {
		// team members without a role cannot see any project; a random password nobody
		// knows
		this.users.createDemoUser(username, name, java.util.UUID.randomUUID().toString(), Set.of());
	}

}
