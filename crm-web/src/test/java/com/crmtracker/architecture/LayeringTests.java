package com.crmtracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules Spring Modulith does not check, written by package and kind of class so that a
 * new class falls under them without being named here.
 */
class LayeringTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.crmtracker");

	@Test
	void theSharedKernelDependsOnNothingButTheJdk() {
		classes().that()
			.resideInAPackage("com.crmtracker.domain..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "com.crmtracker.domain..")
			.check(classes);
	}

	@Test
	void entitiesStayInsideTheirModule() {
		noClasses().that().areAnnotatedWith(Entity.class).should().bePublic().check(classes);
	}

	@Test
	void repositoriesStayInsideTheirModule() {
		noClasses().that().areAssignableTo(Repository.class).should().bePublic().check(classes);
	}

	@Test
	void rulesKnowNoFrameworkAndNoDatabase() {
		noClasses().that()
			.resideInAPackage("com.crmtracker..rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..")
			.check(classes);
	}

	@Test
	void onlyTheWebModuleHasControllers() {
		noClasses().that()
			.resideOutsideOfPackage("com.crmtracker.web..")
			.should()
			.beAnnotatedWith(Controller.class)
			.orShould()
			.beAnnotatedWith(RestController.class)
			.check(classes);
	}

}
