package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import static com.crmtracker.scorecard.Direction.HIGHER_IS_BETTER;
import static com.crmtracker.scorecard.Direction.LOWER_IS_BETTER;
import static com.crmtracker.scorecard.MeasureType.DIRECT;
import static com.crmtracker.scorecard.MeasureType.GROWTH;
import static com.crmtracker.scorecard.MeasureType.RATIO;
import static com.crmtracker.scorecard.Perspective.CUSTOMER;
import static com.crmtracker.scorecard.Perspective.FINANCIAL;
import static com.crmtracker.scorecard.Perspective.INTERNAL_PROCESS;
import static com.crmtracker.scorecard.Perspective.LEARNING_GROWTH;

/**
 * The ready-made KPIs of CRM practice (DOMAIN.md §7), in English and Chinese; a director
 * adds one to a project by setting its baseline, target, weight and period.
 */
public enum LibraryKpi {

	SALES_GROWTH(FINANCIAL, GROWTH, HIGHER_IS_BETTER, null, "%", "%", "Sales growth rate", "销售增长率",
			"Growth of sales revenue over the previous period: enter each period's revenue.",
			"本期销售收入相对上期的增长率：每期录入当期销售收入。"),
	SALES_PLAN_ATTAINMENT(FINANCIAL, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Sales plan attainment", "销售计划完成率",
			"Actual sales / planned sales × 100.", "实际销售额 / 计划销售额 × 100。"),
	AVERAGE_SALE_PER_DEAL(FINANCIAL, RATIO, HIGHER_IS_BETTER, "1", "per deal", "元/单", "Average sale per deal",
			"平均每单销售额", "Sales amount / number of deals.", "销售额 / 成交单数。"),
	ITEMS_PER_DEAL(FINANCIAL, RATIO, HIGHER_IS_BETTER, "1", "items per deal", "件/单", "Items per deal", "每单销售件数",
			"Items sold / number of deals.", "销售件数 / 成交单数。"),
	CUSTOMER_SATISFACTION(CUSTOMER, DIRECT, HIGHER_IS_BETTER, null, "points", "分", "Customer satisfaction", "客户满意度",
			"Score of the customer satisfaction survey (0–100).", "客户满意度调查得分（0–100）。"),
	RETENTION_RATE(CUSTOMER, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Customer retention rate", "客户保持率",
			"Customers kept from the start of the period / customers at its start × 100.",
			"期初客户中本期仍保持的客户数 / 期初客户数 × 100。"),
	ACQUISITION_RATE(CUSTOMER, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Customer acquisition rate", "客户获得率",
			"New customers won / customers at the start of the period × 100.", "本期新获得客户数 / 期初客户数 × 100。"),
	PURCHASE_FREQUENCY(CUSTOMER, RATIO, HIGHER_IS_BETTER, "1", "deals per customer", "次/客户", "Purchase frequency",
			"购买频率", "Deals / customers who bought.", "成交单数 / 购买客户数。"),
	COMPLAINT_RATE(CUSTOMER, RATIO, LOWER_IS_BETTER, "100", "%", "%", "Complaint rate", "客户投诉率",
			"Complaints / customers × 100.", "投诉次数 / 客户数 × 100。"),
	MARKET_SHARE(CUSTOMER, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Market share", "市场份额",
			"Own sales / sales of the whole market × 100.", "本企业销售额 / 市场总销售额 × 100。"),
	LEAD_CONVERSION(INTERNAL_PROCESS, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Lead conversion rate", "销售线索转化率",
			"Leads won / leads × 100.", "成交的销售线索数 / 销售线索总数 × 100。"),
	SERVICE_RESPONSE_TIME(INTERNAL_PROCESS, DIRECT, LOWER_IS_BETTER, null, "hours", "小时", "Service response time",
			"服务响应时间", "Average hours from a service request to the first response.", "从服务请求到首次响应的平均小时数。"),
	RECORD_COMPLETENESS(INTERNAL_PROCESS, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "Customer record completeness",
			"客户资料完整率", "Complete customer records / all customer records × 100.", "资料完整的客户记录数 / 客户记录总数 × 100。"),
	PROCESS_IMPROVEMENTS(INTERNAL_PROCESS, DIRECT, HIGHER_IS_BETTER, null, "improvements", "项",
			"Process-improvement count", "流程改进数", "Business processes improved in the period.", "本期完成改进的业务流程数。"),
	CRM_USAGE_RATE(LEARNING_GROWTH, RATIO, HIGHER_IS_BETTER, "100", "%", "%", "CRM usage rate", "CRM 系统使用率",
			"Staff using the CRM on most working days / staff meant to use it × 100.",
			"大多数工作日使用 CRM 的员工数 / 应使用 CRM 的员工数 × 100。"),
	TRAINING_HOURS_PER_USER(LEARNING_GROWTH, RATIO, HIGHER_IS_BETTER, "1", "hours per user", "小时/人",
			"Training hours per user", "人均培训小时数", "Training hours / users.", "培训总小时数 / 用户数。");

	private final Perspective perspective;

	private final MeasureType measureType;

	private final Direction direction;

	private final BigDecimal scale;

	private final String unit;

	private final String unitZh;

	private final String nameEn;

	private final String nameZh;

	private final String descriptionEn;

	private final String descriptionZh;

	LibraryKpi(Perspective perspective, MeasureType measureType, Direction direction, String scale, String unit,
			String unitZh, String nameEn, String nameZh, String descriptionEn, String descriptionZh) {
		this.perspective = perspective;
		this.measureType = measureType;
		this.direction = direction;
		this.scale = scale == null ? null : new BigDecimal(scale);
		this.unit = unit;
		this.unitZh = unitZh;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.descriptionEn = descriptionEn;
		this.descriptionZh = descriptionZh;
	}

	public static Optional<LibraryKpi> byCode(String code) {
		return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
	}

	/** The draft of this KPI for a project, with the director's settings. */
	public KpiDraft draft(BigDecimal baseline, BigDecimal target, BigDecimal weight, PeriodType period) {
		return new KpiDraft(name(), this.perspective, this.nameEn, this.nameZh, this.descriptionEn, this.descriptionZh,
				this.unit, this.unitZh, this.direction, this.measureType, this.scale, baseline, target, weight, period);
	}

	public Perspective perspective() {
		return this.perspective;
	}

	public MeasureType measureType() {
		return this.measureType;
	}

	public Direction direction() {
		return this.direction;
	}

	public BigDecimal scale() {
		return this.scale;
	}

	public String unit() {
		return this.unit;
	}

	public String unitZh() {
		return this.unitZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String descriptionEn() {
		return this.descriptionEn;
	}

	public String descriptionZh() {
		return this.descriptionZh;
	}

	public String code() {
		return name();
	}

}
