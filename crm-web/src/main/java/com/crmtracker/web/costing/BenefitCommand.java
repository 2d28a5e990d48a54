package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.BenefitDraft;
import com.crmtracker.costing.BenefitType;
import com.crmtracker.costing.CostKind;
import jakarta.validation.constraints.Size;

/** The benefit-line form, typed; its rules are {@link BenefitDraft#check()}. */
public class BenefitCommand {

	private Integer year = 2;

	private CostKind kind = CostKind.PLANNED;

	private BenefitType type = BenefitType.COST_SAVING;

	private BigDecimal amount;

	@Size(max = 500)
	private String description;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public CostKind getKind() {
		return this.kind;
	}

	public void setKind(CostKind kind) {
		this.kind = kind;
	}

	public BenefitType getType() {
		return this.type;
	}

	public void setType(BenefitType type) {
		this.type = type;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	static BenefitCommand blank() {
		return new BenefitCommand();
	}

	BenefitDraft draft() {
		return new BenefitDraft(this.year, this.kind, this.type, this.amount, this.description);
	}

}
