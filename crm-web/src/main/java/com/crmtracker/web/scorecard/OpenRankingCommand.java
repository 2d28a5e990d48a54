package com.crmtracker.web.scorecard;

import jakarta.validation.constraints.NotBlank;

/**
 * What a new ranking ranks: {@code PERSPECTIVES} or a perspective's code for its KPIs.
 */
public record OpenRankingCommand(@NotBlank String subject) {

}
