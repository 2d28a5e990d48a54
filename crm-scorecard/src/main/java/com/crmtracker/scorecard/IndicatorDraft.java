package com.crmtracker.scorecard;

import java.math.BigDecimal;

/**
 * A qualitative indicator as a director sets it up; its weight is within its perspective.
 */
public record IndicatorDraft(Perspective perspective, String name, String description, BigDecimal weight) {
}
