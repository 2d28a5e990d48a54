package com.crmtracker.costing;

import com.crmtracker.costing.rules.CostLineRules;

/**
 * A cost line as a person or a file wrote it: every field as text, to be checked by
 * {@link CostLineRules}. Codes may be lower case; the category may also be its English or
 * Chinese name.
 */
public record CostLineInput(String category, String stage, String kind, String incurredOn, String amount, String vendor,
		String description, String phase, String driver, String purpose) {
}
