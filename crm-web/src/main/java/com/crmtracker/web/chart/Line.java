package com.crmtracker.web.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A series drawn as a line through one value per position; a null value is no point
 * (after the as-of date, say).
 */
public record Line(String colour, Text legend, List<BigDecimal> values, boolean dashed) {
}
