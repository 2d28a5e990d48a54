/**
 * The embedded PostgreSQL the application starts when no database URL is configured. Uses
 * no other module.
 */
@ApplicationModule(displayName = "Embedded database", allowedDependencies = {})
package com.crmtracker.database;

import org.springframework.modulith.ApplicationModule;
