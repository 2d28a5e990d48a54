package com.crmtracker.scorecard;

import java.util.Arrays;

import com.crmtracker.scorecard.rules.ScorecardRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryKpiTest {

	@Test
	void theLibraryHoldsTheKpisOfCrmPracticeInBothLanguages() {
		assertThat(LibraryKpi.values()).extracting(LibraryKpi::nameEn)
			.contains("Sales growth rate", "Sales plan attainment", "Lead conversion rate", "Average sale per deal",
					"Items per deal", "Purchase frequency", "Complaint rate", "Customer satisfaction",
					"Customer retention rate", "Customer acquisition rate", "Market share", "Service response time",
					"CRM usage rate", "Customer record completeness", "Training hours per user",
					"Process-improvement count");
		for (LibraryKpi kpi : LibraryKpi.values()) {
			assertThat(kpi.nameZh()).as(kpi.code()).isNotBlank();
			assertThat(kpi.descriptionEn()).as(kpi.code()).isNotBlank();
			assertThat(kpi.descriptionZh()).as(kpi.code()).isNotBlank();
			assertThat(kpi.unit()).as(kpi.code()).isNotBlank();
			assertThat(kpi.scale() != null).as(kpi.code() + " has a scale exactly when it is a ratio")
				.isEqualTo(kpi.measureType() == MeasureType.RATIO);
		}
		assertThat(Arrays.stream(LibraryKpi.values()).map(LibraryKpi::perspective).distinct())
			.containsExactlyInAnyOrder(Perspective.values());
	}

	@Test
	void aLibraryKpiIsValidOnceTheDirectorSetsItsFigures() {
		for (LibraryKpi kpi : LibraryKpi.values()) {
			KpiDraft draft = kpi.draft(new java.math.BigDecimal("1"), new java.math.BigDecimal("2"),
					java.math.BigDecimal.ONE, PeriodType.QUARTER);
			assertThat(ScorecardRules.kpi(draft)).as(kpi.code()).isEmpty();
		}
		assertThat(LibraryKpi.COMPLAINT_RATE.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(LibraryKpi.SERVICE_RESPONSE_TIME.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
	}

}
