package com.crmtracker.scorecard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The scorecard's calculations are plain Java: no Spring, no persistence. */
class PureCalculationTest {

	@Test
	void calculationsKnowNoFramework() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.crmtracker.scorecard");
		noClasses().that()
			.haveSimpleNameStartingWith("KpiScoring")
			.or()
			.haveSimpleNameStartingWith("BalancedScorecard")
			.or()
			.haveSimpleNameStartingWith("ExpertRanking")
			.or()
			.haveSimpleNameStartingWith("FuzzyEvaluation")
			.or()
			.haveSimpleNameStartingWith("Period")
			.or()
			.haveSimpleNameStartingWith("Thresholds")
			.or()
			.haveSimpleNameStartingWith("Grade")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.check(classes);
	}

}
