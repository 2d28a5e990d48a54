package com.crmtracker.web.demo;

import com.crmtracker.database.EmbeddedPostgresServer;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Role;
import com.crmtracker.users.NewUser;
import com.crmtracker.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Decides, before the application serves anything, who can log in on an empty database.
 * In demo mode (the default with the embedded database) the demo data brings its users.
 * Without it the first admin's password must come from {@code CRM_ADMIN_PASSWORD}; there
 * is no default password, and the application refuses to start without one.
 */
@Component
class StartupUsers implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StartupUsers.class);

	private final UserDirectory users;

	private final DemoMode demoMode;

	private final Environment environment;

	StartupUsers(UserDirectory users, DemoMode demoMode, Environment environment) {
		this.users = users;
		this.demoMode = demoMode;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.demoMode.on() || !this.users.isEmpty()) {
			return;
		}
		String password = this.environment.getProperty("crm.admin-password");
		if (!StringUtils.hasText(password)) {
			throw new IllegalStateException("The database has no users and demo mode is off: set CRM_ADMIN_PASSWORD "
					+ "to the password of the first admin (at least 10 characters)");
		}
		try {
			this.users.create(new NewUser("admin", password, "Administrator", java.util.Set.of(Role.ADMIN)));
		}
		catch (InvalidInput weak) {
			throw new IllegalStateException("CRM_ADMIN_PASSWORD is not acceptable: " + weak.getMessage());
		}
		log.info("Created the first admin user 'admin'");
	}

	/**
	 * Demo mode: {@code crm.demo}, or, when unset, on exactly when the database is
	 * embedded.
	 */
	@Component
	static class DemoMode {

		private final boolean on;

		DemoMode(Environment environment, ObjectProvider<EmbeddedPostgresServer> embedded) {
			Boolean configured = environment.getProperty("crm.demo", Boolean.class);
			this.on = configured != null ? configured : embedded.getIfAvailable() != null;
		}

		boolean on() {
			return this.on;
		}

	}

}
