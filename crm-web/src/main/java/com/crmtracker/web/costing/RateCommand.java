package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.DiscountRate;
import jakarta.validation.constraints.NotNull;

/**
 * The discount-rate form; {@code version} is the one read, −1 while the default applies.
 */
public class RateCommand {

	@NotNull
	private BigDecimal rate;

	private Long version = -1L;

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static RateCommand of(DiscountRate rate) {
		RateCommand form = new RateCommand();
		form.rate = rate.rate().stripTrailingZeros();
		form.version = rate.version();
		return form;
	}

	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
