package com.crmtracker.web.chart;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The chart drawing is plain Java: no Spring, no servlet, no other web package. */
class ChartPackageTest {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.crmtracker.web.chart");

	@Test
	void chartsKnowNoFrameworkButTheTemplatesMessages() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "com.crmtracker.web.costing..",
					"com.crmtracker.web.dashboard..", "com.crmtracker.web.scorecard..", "com.crmtracker.web.plan..")
			.check(classes);
		// only the fragment's bridge knows Thymeleaf
		noClasses().that()
			.doNotHaveSimpleName("ChartFragment")
			.and()
			.doNotHaveSimpleName("Chart")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.thymeleaf..")
			.check(classes);
	}

}
