package com.crmtracker.web.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.ScorecardView;
import jakarta.validation.constraints.NotNull;

/** The four perspective weights of a project's scorecard, with the settings' version. */
public record WeightsCommand(BigDecimal financial, BigDecimal customer, BigDecimal internalProcess,
		BigDecimal learningGrowth, @NotNull Long version) {

	/** The form's field of a perspective, as the module's refusals name it by code. */
	static final Map<String, String> FIELDS = Map.of(Perspective.FINANCIAL.name(), "financial",
			Perspective.CUSTOMER.name(), "customer", Perspective.INTERNAL_PROCESS.name(), "internalProcess",
			Perspective.LEARNING_GROWTH.name(), "learningGrowth");

	static WeightsCommand of(ScorecardView card) {
		return new WeightsCommand(weight(card, Perspective.FINANCIAL), weight(card, Perspective.CUSTOMER),
				weight(card, Perspective.INTERNAL_PROCESS), weight(card, Perspective.LEARNING_GROWTH),
				card.settingsVersion());
	}

	private static BigDecimal weight(ScorecardView card, Perspective perspective) {
		return KpiSettingsCommand.plain(card.perspective(perspective).weight());
	}

	Map<Perspective, BigDecimal> weights() {
		Map<Perspective, BigDecimal> weights = new EnumMap<>(Perspective.class);
		put(weights, Perspective.FINANCIAL, this.financial);
		put(weights, Perspective.CUSTOMER, this.customer);
		put(weights, Perspective.INTERNAL_PROCESS, this.internalProcess);
		put(weights, Perspective.LEARNING_GROWTH, this.learningGrowth);
		return weights;
	}

	private static void put(Map<Perspective, BigDecimal> weights, Perspective p, BigDecimal w) {
		if (w != null) {
			weights.put(p, w);
		}
	}

}
