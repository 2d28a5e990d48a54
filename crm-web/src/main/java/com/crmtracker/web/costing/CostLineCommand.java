package com.crmtracker.web.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLineDraft;
import com.crmtracker.costing.CostLineView;
import com.crmtracker.costing.CostPurpose;
import com.crmtracker.costing.HiddenCostDriver;
import com.crmtracker.costing.LifecycleStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The cost-line form, typed; the rules of a line are those the ledger checks
 * ({@link com.crmtracker.costing.CostLedger#check}). A bean rather than a record: a
 * record is not created at all when one field is not of its type (an amount typed as
 * "12,50"), and the form must come back with the other fields as they were.
 */
public class CostLineCommand {

	@NotNull
	private CostCategory category = CostCategory.SOFTWARE;

	@NotNull
	private LifecycleStage stage = LifecycleStage.DEVELOPMENT;

	@NotNull
	private CostKind kind = CostKind.PLANNED;

	@NotNull
	private LocalDate incurredOn;

	@NotNull
	private BigDecimal amount;

	@Size(max = 200)
	private String vendor;

	@Size(max = 500)
	private String description;

	private Integer phase;

	private HiddenCostDriver driver;

	private CostPurpose purpose;

	private Long version = 0L;

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

	public CostKind getKind() {
		return this.kind;
	}

	public void setKind(CostKind kind) {
		this.kind = kind;
	}

	public LocalDate getIncurredOn() {
		return this.incurredOn;
	}

	public void setIncurredOn(LocalDate incurredOn) {
		this.incurredOn = incurredOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getVendor() {
		return this.vendor;
	}

	public void setVendor(String vendor) {
		this.vendor = vendor;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getPhase() {
		return this.phase;
	}

	public void setPhase(Integer phase) {
		this.phase = phase;
	}

	public HiddenCostDriver getDriver() {
		return this.driver;
	}

	public void setDriver(HiddenCostDriver driver) {
		this.driver = driver;
	}

	public CostPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(CostPurpose purpose) {
		this.purpose = purpose;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** An empty form with the usual choices. */
	static CostLineCommand blank() {
		return new CostLineCommand();
	}

	static CostLineCommand of(CostLineView line) {
		CostLineCommand form = new CostLineCommand();
		form.category = line.category();
		form.stage = line.stage();
		form.kind = line.kind();
		form.incurredOn = line.incurredOn();
		form.amount = line.amount();
		form.vendor = line.vendor();
		form.description = line.description();
		form.phase = line.phase();
		form.driver = line.driver();
		form.purpose = line.purpose();
		form.version = line.version();
		return form;
	}

	CostLineDraft draft() {
		return new CostLineDraft(this.category, this.stage, this.kind, this.incurredOn, this.amount, this.vendor,
				this.description, this.phase, this.driver, this.purpose);
	}

	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
