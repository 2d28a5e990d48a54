package com.crmtracker.web.costing;

import java.math.BigDecimal;

import com.crmtracker.costing.DiscountRate;
import com.crmtracker.web.support.Percent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The business-case settings form: the discount rate, typed as a percentage (the module
 * keeps the fraction), and the number of CRM users (empty: not known); {@code version} is
 * the one read, −1 while the default applies.
 */
public record RateCommand(@NotNull Percent rate, @Min(1) @Max(DiscountRate.MAX_CRM_USERS) Integer crmUsers,
		Long version) {

	static RateCommand of(DiscountRate rate) {
		return new RateCommand(Percent.ofFraction(rate.rate()), rate.crmUsers(), rate.version());
	}

	/** The rate as the module keeps it: 0.08 for 8 %. */
	BigDecimal fraction() {
		return Percent.fraction(this.rate);
	}

	long versionRead() {
		return this.version == null ? -1 : this.version;
	}

}
