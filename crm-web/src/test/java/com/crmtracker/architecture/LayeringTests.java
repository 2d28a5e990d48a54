package com.crmtracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules Spring Modulith does not check. */
class LayeringTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.crmtracker");

	@Test
	void theSharedKernelKnowsNoFrameworkAndNoFeature() {
		noClasses().that()
			.resideInAPackage("com.crmtracker.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
					"com.crmtracker.project..", "com.crmtracker.costing..", "com.crmtracker.scorecard..",
					"com.crmtracker.web..")
			.check(classes);
	}

	@Test
	void costingAndScorecardNeverUseEachOther() {
		noClasses().that()
			.resideInAPackage("com.crmtracker.costing..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.crmtracker.scorecard..")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that()
			.resideInAPackage("com.crmtracker.scorecard..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.crmtracker.costing..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void onlyTheWebModuleHasControllers() {
		noClasses().that()
			.resideOutsideOfPackage("com.crmtracker.web..")
			.should()
			.beAnnotatedWith(org.springframework.stereotype.Controller.class)
			.orShould()
			.beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.check(classes);
	}

}
