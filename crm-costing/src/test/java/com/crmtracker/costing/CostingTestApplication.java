package com.crmtracker.costing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The costing module with what it stands on (users, projects), without a web layer. */
@SpringBootApplication(scanBasePackages = "com.crmtracker")
@EntityScan("com.crmtracker")
@EnableJpaRepositories("com.crmtracker")
class CostingTestApplication {

}
