/**
 * User accounts, their roles and passwords, and the sign-in's user details. Uses only the
 * kernel.
 */
@ApplicationModule(displayName = "Users", allowedDependencies = "domain")
package com.crmtracker.users;

import org.springframework.modulith.ApplicationModule;
