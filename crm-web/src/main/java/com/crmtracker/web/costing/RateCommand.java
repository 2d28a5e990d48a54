package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.DiscountRate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The business-case settings form: the discount rate and the number of CRM users (empty:
 * not known); {@code version} is the one read, −1 while the default applies.
 */
public record RateCommand(@NotNull BigDecimal rate, @Min(1) @Max(DiscountRate.MAX_CRM_USERS) Integer crmUsers,
		Long version) {

	static RateCommand of(DiscountRate rate) {
		return new RateCommand(rate.rate().stripTrailingZeros(), rate.crmUsers(), rate.version());
	}

	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
