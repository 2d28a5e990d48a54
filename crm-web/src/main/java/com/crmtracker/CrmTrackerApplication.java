package com.crmtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

/** The CRM implementation tracker: one application, one module per part of the domain. */
@SpringBootApplication
public class CrmTrackerApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CrmTrackerApplication.class);
		if (Boolean.getBoolean("crm.measure-start")) {
			// where the start goes: GET /actuator/startup (as an admin) lists every step
			application.setApplicationStartup(new BufferingApplicationStartup(20_000));
		}
		application.run(args);
	}

}
