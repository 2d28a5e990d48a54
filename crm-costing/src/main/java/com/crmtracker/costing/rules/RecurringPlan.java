package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.costing.CostKind;
import com.crmtracker.costing.CostLineDraft;
import com.crmtracker.costing.RecurringRuleDraft;

/**
 * The planned lines a recurring rule stands for: one on the first day of each TCO year of
 * the rule, at percent % of the source amount rounded half-even to the cent. Plain Java.
 */
public final class RecurringPlan {

	private RecurringPlan() {
	}

	public static List<CostLineDraft> lines(RecurringRuleDraft rule, BigDecimal sourceAmount, String vendor,
			TcoYears years) {
		BigDecimal amount = sourceAmount.multiply(rule.percent()).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
		List<CostLineDraft> lines = new ArrayList<>();
		for (int year = rule.fromYear(); year <= rule.toYear(); year++) {
			lines.add(new CostLineDraft(rule.category(), rule.stage(), CostKind.PLANNED, years.firstDayOf(year), amount,
					vendor, rule.description(), null, null, null));
		}
		return lines;
	}

}
