package com.crmtracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.crmtracker.web.dashboard.PortfolioWorld;
import com.crmtracker.web.dashboard.StatementCounter;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with MockMvc, on its own fresh embedded
 * PostgreSQL database with the demo data, with the portfolio's fixtures and the statement
 * counter. Every web test class uses it, so they all share one cached context: one
 * application start and one schema for the module's tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ PortfolioWorld.class, StatementCounter.class })
public @interface WebAppTest {

}
