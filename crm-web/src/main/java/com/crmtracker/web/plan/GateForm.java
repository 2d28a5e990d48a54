package com.crmtracker.web.plan;

import com.crmtracker.project.GateDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A gate decision from the plan, project or dashboard page. */
public record GateForm(@NotNull GateDecision decision, @Size(max = 2000) String reason) {

}
