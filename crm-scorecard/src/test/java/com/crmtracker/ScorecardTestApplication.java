package com.crmtracker;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The scorecard module with what it uses (users, projects, the database), without the web
 * layer: for the module's tests.
 */
@SpringBootApplication
public class ScorecardTestApplication {

}
