package com.crmtracker.web.scorecard;

import java.math.BigDecimal;

import com.crmtracker.scorecard.PeriodType;
import jakarta.validation.constraints.NotNull;

/** The director's settings for a library KPI added to the project. */
public record LibraryKpiCommand(BigDecimal baseline, BigDecimal target, BigDecimal weight, @NotNull PeriodType period) {

}
