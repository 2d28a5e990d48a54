/**
 * KPIs, measurements, weights, expert rankings and the fuzzy evaluation of the balanced
 * scorecard. Uses the kernel and the projects, never the costing.
 */
@ApplicationModule(displayName = "Scorecard", allowedDependencies = { "domain", "project" })
package com.crmtracker.scorecard;

import org.springframework.modulith.ApplicationModule;
