package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.crmtracker.costing.CostCategory;
import com.crmtracker.costing.CostLineDraft;
import com.crmtracker.costing.CostLineInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CostLineRulesTest {

	private static CostLineInput line(String category, String kind, String date, String amount, String description) {
		return new CostLineInput(category, "DEVELOPMENT", kind, date, amount, "Acme", description, null, null, null);
	}

	private static CostLineRules.Checked check(CostLineInput input) {
		return CostLineRules.check(input, 0, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12.345", "abc", "1e5", "", " ", "1,000.00", "12.", ".5", "+5", "0x10" })
	void amountsThatAreNotPlainDecimalsWithTwoPlacesAreRefusedNamingTheField(String amount) {
		assertThat(check(line("HARDWARE", "PLANNED", "2026-01-01", amount, null)).errors())
			.extracting(FieldError::field)
			.containsExactly("amount");
	}

	@Test
	void amountsAreKeptExactToTheCent() {
		CostLineDraft draft = check(line("HARDWARE", "PLANNED", "2026-01-01", "1234.5", null)).draft();
		assertThat(draft.amount()).isEqualTo(new BigDecimal("1234.50"));
		assertThat(check(line("HARDWARE", "PLANNED", "2026-01-01", "99999999999999999.99", null)).draft().amount())
			.isEqualTo(new BigDecimal("99999999999999999.99"));
	}

	@Test
	void unknownCategoryAndDatesOutsideNinetyToTwoThousandHundredAreRefused() {
		assertThat(check(line("FURNITURE", "PLANNED", "2026-01-01", "1.00", null)).errors())
			.extracting(FieldError::field)
			.containsExactly("category");
		for (String date : new String[] { "1989-12-31", "2101-01-01", "2026-02-30", "01/02/2026", "" }) {
			assertThat(check(line("HARDWARE", "PLANNED", date, "1.00", null)).errors()).extracting(FieldError::field)
				.containsExactly("incurredOn");
		}
		assertThat(check(line("HARDWARE", "PLANNED", "1990-01-01", "1.00", null)).draft().incurredOn())
			.isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(check(line("HARDWARE", "PLANNED", "2100-12-31", "1.00", null)).errors()).isEmpty();
	}

	@Test
	void aCategoryMayBeGivenByCodeEnglishOrChineseName() {
		assertThat(CostCategory.parse("software")).contains(CostCategory.SOFTWARE);
		assertThat(CostCategory.parse("Utilities and repairs")).contains(CostCategory.UTILITIES);
		assertThat(CostCategory.parse(" 培训费用 ")).contains(CostCategory.TRAINING);
		assertThat(CostCategory.parse("其他")).isEmpty();
	}

	@Test
	void aCreditNeedsADescriptionAndAPlanIsNeverNegative() {
		assertThat(check(line("HARDWARE", "ACTUAL", "2026-01-01", "-100.00", null)).errors())
			.extracting(FieldError::field, FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("description", "cost.description.creditReason"));
		assertThat(check(line("HARDWARE", "ACTUAL", "2026-01-01", "-100.00", "Returned server")).errors()).isEmpty();
		assertThat(check(line("HARDWARE", "PLANNED", "2026-01-01", "-100.00", "x")).errors())
			.extracting(FieldError::field)
			.containsExactly("amount");
	}

	@Test
	void unknownCodesAreRefusedByField() {
		CostLineInput input = new CostLineInput("HARDWARE", "BUILD", "SPENT", "2026-01-01", "1.00", "", null, "0",
				"GOSSIP", "FUN");
		assertThat(CostLineRules.check(input, 9, 7).errors()).extracting(FieldError::field, FieldError::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("stage", 7),
					org.assertj.core.groups.Tuple.tuple("kind", 7), org.assertj.core.groups.Tuple.tuple("vendor", 7),
					org.assertj.core.groups.Tuple.tuple("phase", 7), org.assertj.core.groups.Tuple.tuple("driver", 7),
					org.assertj.core.groups.Tuple.tuple("purpose", 7));
	}

	@Test
	void aPhaseMustBeOneOfThePlan() {
		CostLineInput phase10 = new CostLineInput("HARDWARE", "DEVELOPMENT", "PLANNED", "2026-01-01", "1.00", "Acme",
				null, "10", null, null);
		assertThat(CostLineRules.check(phase10, 9, null).errors()).extracting(FieldError::field)
			.containsExactly("phase");
		// without phases yet, any phase number up to 99 is taken
		assertThat(CostLineRules.check(phase10, 0, null).draft().phase()).isEqualTo(10);
	}

}
