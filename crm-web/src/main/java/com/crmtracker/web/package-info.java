/**
 * The HTTP surface: pages, API, security, dashboards, the board pack and the demo data.
 * The only module that may use every other one; whatever needs both costing and scorecard
 * is composed here.
 */
@ApplicationModule(displayName = "Web",
		allowedDependencies = { "domain", "users", "database", "project", "costing", "scorecard" })
package com.crmtracker.web;

import org.springframework.modulith.ApplicationModule;
