package com.crmtracker.web.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import com.crmtracker.costing.BenefitInput;
import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostFilter;
import com.crmtracker.costing.CostLedger;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.RecurringRuleDraft;
import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.ProjectAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Five years of planned and actual costs, a 20% maintenance rule on the CRM licences and
 * planned and realised benefits for the demo project, so that the TCO, the business case
 * and its warnings (no planned data maintenance or project management) show at once. Runs
 * once, while the demo project has no cost lines.
 */
@Component
@Order(10)
class CostingDemoData implements ApplicationRunner {

	static final String PROJECT_NAME = "华东区销售与服务 CRM 实施";

	private static final Logger log = LoggerFactory.getLogger(CostingDemoData.class);

	private final StartupUsers.DemoMode demoMode;

	private final CostLedger ledger;

	private final BusinessCases businessCases;

	private final ProjectAccess access;

	private final Clock clock;

	CostingDemoData(StartupUsers.DemoMode demoMode, CostLedger ledger, BusinessCases businessCases,
			ProjectAccess access, Clock clock) {
		this.access = access;
		this.clock = clock;
		this.demoMode = demoMode;
		this.ledger = ledger;
		this.businessCases = businessCases;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.on()) {
			return;
		}
		Actor finance = new Actor("finance", Set.of(Role.FINANCE));
		ProjectSummary project = this.access.openVisible(finance)
			.stream()
			.map(ProjectHandle::project)
			.filter(p -> PROJECT_NAME.equals(p.name()))
			.findFirst()
			.orElse(null);
		if (project == null || this.ledger.find(this.access.open(finance, project.projectId()), CostFilter.none(), 0, 1)
			.totalElements() > 0) {
			return;
		}
		LocalDate start = project.startDate();
		Lines lines = new Lines(finance, project);
		// year 1: acquisition and implementation
		lines.planned("HARDWARE", "DEVELOPMENT", start.plusMonths(1), "380000.00", "浪潮服务器", "应用与数据库服务器", "3", null,
				null);
		CostLineView licence = lines.planned("SOFTWARE", "DEVELOPMENT", start, "600000.00", "Salesforce",
				"CRM 许可证 200 用户", "3", null, null);
		lines.planned("SOFTWARE", "DEVELOPMENT", start, "150000.00", "Oracle", "数据库许可证", "3", null, null);
		lines.planned("OTHER", "DEVELOPMENT", start.plusMonths(2), "450000.00", "德勤咨询", "实施顾问", "4", null, null);
		lines.planned("OTHER", "DEVELOPMENT", start.plusMonths(6), "180000.00", "德勤咨询", "ERP 接口开发", "6", "INTEGRATION",
				null);
		lines.planned("TRAINING", "DEVELOPMENT", start.plusMonths(8), "60000.00", "华东培训中心", "最终用户培训", "7", "TRAINING",
				null);
		lines.planned("LABOUR", "DEVELOPMENT", start.plusMonths(1), "240000.00", "内部", "实施小组人工", "2", null, null);
		lines.planned("COMMUNICATIONS", "DEVELOPMENT", start.plusMonths(2), "45000.00", "中国电信", "网络设备", "3", null,
				null);
		lines.planned("FACILITIES", "DEVELOPMENT", start.plusMonths(1), "80000.00", "本地装修", "机房改造", "3", null, null);
		// years 2 to 5: running the system
		for (int year = 2; year <= 5; year++) {
			LocalDate first = start.plusYears(year - 1);
			lines.planned("LABOUR", "OPERATION", first, "120000.00", "内部", "运维人员", null, null, "KEEP_RUNNING");
			lines.planned("COMMUNICATIONS", "OPERATION", first, "24000.00", "中国电信", "专线与数据服务", null, null, null);
			lines.planned("UTILITIES", "OPERATION", first, "12000.00", "国家电网", "电费与维修", null, null, null);
			if (year >= 3) {
				lines.planned("SOFTWARE", "OPERATION", first.plusMonths(3), "90000.00", "Salesforce", "新功能与升级", null,
						null, "ADVANCE");
			}
		}
		this.ledger.createRule(this.access.open(finance, project.projectId()), new RecurringRuleDraft(licence.id(),
				new BigDecimal("20"), 2, 5, CostCategory.SOFTWARE, LifecycleStage.OPERATION, "软件维护费（许可证的 20%）"));
		// what has been spent so far
		LocalDate today = LocalDate.now(this.clock);
		lines.actual("SOFTWARE", start, "600000.00", "Salesforce", "CRM 许可证 200 用户", "3", today);
		lines.actual("HARDWARE", start.plusMonths(1), "395000.00", "浪潮服务器", "应用与数据库服务器", "3", today);
		lines.actual("HARDWARE", start.plusMonths(2), "-12000.00", "浪潮服务器", "退回两台显示器（冲减）", "3", today);
		lines.actual("LABOUR", start.plusMonths(1), "48000.00", "内部", "实施小组人工 1-2 月", "2", today);
		lines.actual("LABOUR", start.plusMonths(3), "48000.00", "内部", "实施小组人工 3-4 月", "2", today);
		lines.actual("OTHER", start.plusMonths(2), "90000.00", "德勤咨询", "实施顾问 第一期", "4", today);
		lines.actual("OTHER", start.plusMonths(4), "70000.00", "德勤咨询", "实施顾问 第二期", "4", today);
		lines.actual("COMMUNICATIONS", start.plusMonths(2), "38500.00", "中国电信", "网络设备", "3", today);
		// benefits
		String[][] planned = { { "2", "COST_SAVING", "300000.00", "减少重复报价与人工录入" },
				{ "2", "REVENUE_UPLIFT", "400000.00", "线索转化率提升" }, { "3", "COST_SAVING", "500000.00", "服务工单效率提升" },
				{ "3", "REVENUE_UPLIFT", "600000.00", "交叉销售" }, { "4", "COST_SAVING", "550000.00", "服务工单效率提升" },
				{ "4", "REVENUE_UPLIFT", "800000.00", "客户保留率提升" }, { "5", "COST_SAVING", "600000.00", "服务工单效率提升" },
				{ "5", "REVENUE_UPLIFT", "900000.00", "客户保留率提升" } };
		for (String[] b : planned) {
			this.businessCases.createBenefit(this.access.open(finance, project.projectId()),
					new BenefitInput(b[0], "PLANNED", b[1], b[2], b[3]).draft());
		}
		this.businessCases.createBenefit(this.access.open(finance, project.projectId()),
				new BenefitInput("1", "ACTUAL", "COST_SAVING", "50000.00", "减少重复报价").draft());
		// the licence is for 200 users: the TCO per user divides by them
		this.businessCases.setSettings(this.access.open(finance, project.projectId()),
				com.crmtracker.costing.DiscountRate.DEFAULT, 200, -1);
		log.info("Demo costs created for project {}", project.id());
	}

	private final class Lines {

		private final Actor finance;

		private final ProjectSummary project;

		Lines(Actor finance, ProjectSummary project) {
			this.finance = finance;
			this.project = project;
		}

		CostLineView planned(String category, String stage, LocalDate date, String amount, String vendor,
				String description, String phase, String driver, String purpose) {
			return CostingDemoData.this.ledger.create(
					CostingDemoData.this.access.open(this.finance, this.project.projectId()),
					new CostLineInput(category, stage, "PLANNED", date.toString(), amount, vendor, description, phase,
							driver, purpose));
		}

		void actual(String category, LocalDate date, String amount, String vendor, String description, String phase,
				LocalDate today) {
			if (date.isAfter(today)) {
				return;
			}
			CostingDemoData.this.ledger.create(CostingDemoData.this.access.open(this.finance, this.project.projectId()),
					new CostLineInput(category, "DEVELOPMENT", "ACTUAL", date.toString(), amount, vendor, description,
							phase, null, null));
		}

	}

}
