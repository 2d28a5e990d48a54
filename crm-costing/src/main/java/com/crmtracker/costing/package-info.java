/**
 * Cost lines, recurring rules, benefits, the TCO, the business case and earned value.
 * Uses the kernel and the projects, never the scorecard.
 */
@ApplicationModule(displayName = "Costing", allowedDependencies = { "domain", "project" })
package com.crmtracker.costing;

import org.springframework.modulith.ApplicationModule;
