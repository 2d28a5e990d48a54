package com.crmtracker.web.plan;

import jakarta.validation.constraints.Size;

/** The director's resubmission of a rejected gate, with an optional note. */
public record ResubmitForm(@Size(max = 2000) String note) {

}
