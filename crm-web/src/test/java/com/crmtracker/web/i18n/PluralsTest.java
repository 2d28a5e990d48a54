package com.crmtracker.web.i18n;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** English counts things with real plurals: one deliverable, two deliverables. */
class PluralsTest {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		// as spring.messages.* in application.properties
		MESSAGES.setBasenames("messages/messages", "messages/plan", "messages/costing", "messages/scorecard",
				"messages/dashboard", "messages/chart");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	static String en(String key, Object... args) {
		return MESSAGES.getMessage(key, args, Locale.ENGLISH);
	}

	static String zh(String key, Object... args) {
		return MESSAGES.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void overdueDeliverablesAndDaysLate() {
		assertThat(en("plan.overdue.summary", 1)).isEqualTo("1 deliverable overdue:");
		assertThat(en("plan.overdue.summary", 2)).isEqualTo("2 deliverables overdue:");
		assertThat(en("plan.overdue.item", LocalDate.of(2026, 11, 25), 1)).isEqualTo("due 2026-11-25, 1 day late");
		assertThat(en("plan.overdue.item", LocalDate.of(2026, 11, 25), 6)).isEqualTo("due 2026-11-25, 6 days late");
		assertThat(en("deliverable.slip", 1)).isEqualTo("1 day");
		assertThat(en("deliverable.slip", 1200)).isEqualTo("1,200 days");
	}

	@Test
	void ballotsProblemsAndMovedPhases() {
		assertThat(en("scorecard.round.ballots", 0)).isEqualTo("no ballots");
		assertThat(en("scorecard.round.ballots", 1)).isEqualTo("1 ballot");
		assertThat(en("scorecard.round.ballots", 3)).isEqualTo("3 ballots");
		assertThat(en("cost.import.refused", 1)).isEqualTo("Nothing was imported: one problem found.");
		assertThat(en("cost.import.refused", 12)).isEqualTo("Nothing was imported: 12 problems found.");
		assertThat(en("schedule.summary", 1, 0)).isEqualTo("1 phase and no deliverable moved.");
		assertThat(en("schedule.summary", 2, 3)).isEqualTo("2 phases and 3 deliverables moved.");
		assertThat(en("form.errors.title", 1)).isEqualTo("This could not be saved: one field needs a change.");
		assertThat(en("form.errors.title", 4)).isEqualTo("This could not be saved: 4 fields need a change.");
	}

	@Test
	void chineseCountsWithoutPluralsAndEnglishNamesThePerspective() {
		assertThat(zh("plan.overdue.summary", 2)).contains("2");
		assertThat(en("scorecard.ranking.subject.kpisOf", "Customer")).isEqualTo("KPIs of the Customer perspective");
		assertThat(en("tco.warnings")).isEqualTo("Warnings to look into");
	}

}
