package com.crmtracker.web.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name under which the director freezes the plan's dates. */
public record BaselineForm(@NotBlank @Size(max = 200) String name) {
}
