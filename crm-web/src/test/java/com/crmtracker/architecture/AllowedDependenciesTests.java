package com.crmtracker.architecture;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.crmtracker.CrmTrackerApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each module declares the modules it may use ({@code package-info.java}), so that a
 * dependency outside the declaration fails {@link ModularityTests}.
 */
class AllowedDependenciesTests {

	@Test
	void aDependencyOutsideTheDeclaredOnesFailsTheVerification() {
		ApplicationModules fixture = ApplicationModules.of("com.crmtracker.architecture.fixture", location -> true);

		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify).satisfies(violations -> {
			assertThat(violations.getMessages()).hasSize(1);
			assertThat(violations.getMessages().get(0))
				.contains("Module 'costing' depends on module 'scorecard' via "
						+ "com.crmtracker.architecture.fixture.costing.Ledger -> "
						+ "com.crmtracker.architecture.fixture.scorecard.Kpi")
				.doesNotContain("fixture.project.Plan");
		});
	}

	@Test
	void costingAndScorecardMayNotUseEachOtherAndOnlyWebMayUseEveryModule() {
		ApplicationModules modules = ApplicationModules.of(CrmTrackerApplication.class);

		Map<String, Set<String>> allowed = new TreeMap<>();
		for (ApplicationModule module : modules) {
			Set<String> targets = new TreeSet<>();
			module.getAllowedDependencies(modules)
				.forEach(dependency -> targets.add(dependency.getTargetModule().getIdentifier().toString()));
			allowed.put(module.getIdentifier().toString(), targets);
		}

		assertThat(allowed).isEqualTo(Map.of("domain", Set.of(), "database", Set.of(), "users", Set.of("domain"),
				"project", Set.of("domain", "users"), "costing", Set.of("domain", "project"), "scorecard",
				Set.of("domain", "project"), "web",
				Set.of("domain", "database", "users", "project", "costing", "scorecard")));
	}

}
