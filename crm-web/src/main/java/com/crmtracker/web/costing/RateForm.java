package com.crmtracker.web.costing;

/** The discount-rate form. */
public class RateForm {

	private String rate;

	private long version = -1;

	public String getRate() {
		return this.rate;
	}

	public void setRate(String rate) {
		this.rate = rate;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
