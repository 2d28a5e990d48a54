package com.crmtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CRM implementation tracker: one application, one module per part of the domain. */
@SpringBootApplication
public class CrmTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrmTrackerApplication.class, args);
	}

}
