package com.crmtracker.costing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The calculations of costing live in {@code costing.rules} and are plain Java: no
 * Spring, no persistence, no JDBC.
 */
class PureCalculationsTest {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.crmtracker.costing");

	@Test
	void calculationsKnowNoFrameworkAndNoDatabase() {
		noClasses().that()
			.resideInAPackage("com.crmtracker.costing.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..")
			.check(classes);
	}

}
