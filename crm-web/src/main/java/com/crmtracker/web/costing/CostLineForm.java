package com.crmtracker.web.costing;

import com.crmtracker.costing.CostLineInput;
import com.crmtracker.costing.CostLineView;

/** The cost-line form: every field as typed, checked by the costing module. */
public class CostLineForm {

	private String category = "SOFTWARE";

	private String stage = "DEVELOPMENT";

	private String kind = "PLANNED";

	private String incurredOn;

	private String amount;

	private String vendor;

	private String description;

	private String phase;

	private String driver;

	private String purpose;

	private long version;

	static CostLineForm of(CostLineView line) {
		CostLineInput input = line.input();
		CostLineForm form = new CostLineForm();
		form.category = input.category();
		form.stage = input.stage();
		form.kind = input.kind();
		form.incurredOn = input.incurredOn();
		form.amount = input.amount();
		form.vendor = input.vendor();
		form.description = input.description();
		form.phase = input.phase();
		form.driver = input.driver();
		form.purpose = input.purpose();
		form.version = line.version();
		return form;
	}

	CostLineInput input() {
		return new CostLineInput(this.category, this.stage, this.kind, this.incurredOn, this.amount, this.vendor,
				this.description, this.phase, this.driver, this.purpose);
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getIncurredOn() {
		return this.incurredOn;
	}

	public void setIncurredOn(String incurredOn) {
		this.incurredOn = incurredOn;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
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

	public String getPhase() {
		return this.phase;
	}

	public void setPhase(String phase) {
		this.phase = phase;
	}

	public String getDriver() {
		return this.driver;
	}

	public void setDriver(String driver) {
		this.driver = driver;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
