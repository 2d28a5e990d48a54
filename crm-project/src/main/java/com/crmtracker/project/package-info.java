/**
 * Projects, their organisation and membership, plans, phase gates and baselines; who may
 * see or change which project. Uses the kernel and the user accounts.
 */
@ApplicationModule(displayName = "Projects", allowedDependencies = { "domain", "users" })
package com.crmtracker.project;

import org.springframework.modulith.ApplicationModule;
