package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.LifecycleStage;
import com.crmtracker.costing.RecurringRuleDraft;
import jakarta.validation.constraints.Size;

/**
 * The recurring-rule form, typed (software maintenance at 20% from year 2 to 5 to begin
 * with); what a rule must be is checked by the ledger, every field at once.
 */
public class RuleCommand {

	private Long sourceLineId;

	private BigDecimal percent = new BigDecimal("20");

	private Integer fromYear = 2;

	private Integer toYear = 5;

	private CostCategory category = CostCategory.SOFTWARE;

	private LifecycleStage stage = LifecycleStage.OPERATION;

	@Size(max = 500)
	private String description;

	public Long getSourceLineId() {
		return this.sourceLineId;
	}

	public void setSourceLineId(Long sourceLineId) {
		this.sourceLineId = sourceLineId;
	}

	public BigDecimal getPercent() {
		return this.percent;
	}

	public void setPercent(BigDecimal percent) {
		this.percent = percent;
	}

	public Integer getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(Integer fromYear) {
		this.fromYear = fromYear;
	}

	public Integer getToYear() {
		return this.toYear;
	}

	public void setToYear(Integer toYear) {
		this.toYear = toYear;
	}

	public CostCategory getCategory() {
		return this.category;
	}

	public void setCategory(CostCategory category) {
		this.category = category;
	}

	public LifecycleStage getStage() {
		return this.stage;
	}

	public void setStage(LifecycleStage stage) {
		this.stage = stage;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	static RuleCommand blank() {
		return new RuleCommand();
	}

	/** Missing numbers become values the ledger refuses by name. */
	RecurringRuleDraft draft() {
		return new RecurringRuleDraft(this.sourceLineId == null ? -1 : this.sourceLineId, this.percent,
				this.fromYear == null ? 0 : this.fromYear, this.toYear == null ? 0 : this.toYear, this.category,
				this.stage, this.description);
	}

}
