package com.crmtracker.scorecard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The scorecard's calculations live in {@code scorecard.rules} and are plain Java: no
 * Spring, no persistence, no JDBC.
 */
class PureCalculationTest {

	@Test
	void calculationsKnowNoFrameworkAndNoDatabase() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.crmtracker.scorecard");
		noClasses().that()
			.resideInAPackage("com.crmtracker.scorecard.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..")
			.check(classes);
	}

}
