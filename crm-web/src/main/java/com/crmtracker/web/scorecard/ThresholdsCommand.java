package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.ScorecardView;
import jakarta.validation.constraints.NotNull;

/** Where green and amber begin, with the settings' version. */
public record ThresholdsCommand(BigDecimal green, BigDecimal amber, @NotNull Long version) {

	static ThresholdsCommand of(ScorecardView card) {
		return new ThresholdsCommand(KpiSettingsCommand.plain(card.thresholds().green()),
				KpiSettingsCommand.plain(card.thresholds().amber()), card.settingsVersion());
	}

}
