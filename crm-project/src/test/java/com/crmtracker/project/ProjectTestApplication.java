package com.crmtracker.project;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The project module with the users it needs, on an embedded PostgreSQL, for module
 * tests.
 */
@SpringBootApplication(scanBasePackages = "com.crmtracker")
@EntityScan("com.crmtracker")
@EnableJpaRepositories("com.crmtracker")
class ProjectTestApplication {

}
