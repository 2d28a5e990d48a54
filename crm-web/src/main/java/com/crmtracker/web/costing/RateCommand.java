package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.DiscountRate;
import jakarta.validation.constraints.NotNull;

/**
 * The discount-rate form; {@code version} is the one read, −1 while the default applies.
 */
public record RateCommand(@NotNull BigDecimal rate, Long version) {

	static RateCommand of(DiscountRate rate) {
		return new RateCommand(rate.rate().stripTrailingZeros(), rate.version());
	}

	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
