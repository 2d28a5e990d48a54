package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.Perspective;
import jakarta.validation.constraints.NotNull;

/** A new qualitative indicator. */
public record IndicatorCommand(@NotNull Perspective perspective, String name, String description, BigDecimal weight) {

	static IndicatorCommand empty() {
		return new IndicatorCommand(Perspective.LEARNING_GROWTH, null, null, BigDecimal.ONE);
	}

	IndicatorDraft draft() {
		return new IndicatorDraft(this.perspective, this.name, this.description, this.weight);
	}

}
