package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.crmtracker.costing.BusinessCases;
import com.crmtracker.costing.DiscountRate;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectDraft;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change of a project as a whole ({@code PATCH /projects/{id}}): its own fields, its
 * business-case settings and its scorecard's settings, in one transaction, each through
 * the facade that changes it on the pages, with that facade's right and rules: a caller
 * lacking the right for a part it sent, an invalid field or a stale version, and nothing
 * changes.
 */
@Service
class ProjectChanges {

	/**
	 * @param project the project's fields as they shall be, or null to leave them
	 * @param version the project's version the caller read
	 * @param settings the business-case settings as they shall be, or null
	 * @param scorecard the scorecard's settings to change, or null
	 */
	record Change(ProjectDraft project, long version, SettingsChange settings, ScorecardChange scorecard) {
	}

	/**
	 * The discount rate and CRM users as JSON gives them (left out: null, keeps the
	 * value), with the settings' version read, read as {@code PUT /costing-settings}
	 * reads them.
	 */
	record SettingsChange(Object discountRate, Object crmUsers, Object version) {
	}

	/**
	 * Perspective weights and thresholds to set as JSON gives them (either may be left
	 * out: null), with the scorecard settings' version read.
	 */
	record ScorecardChange(Map<String, Object> weights, BigDecimal green, BigDecimal amber, Object version) {
	}

	record Changed(ProjectSummary project, DiscountRate settings, ScorecardView scorecard) {
	}

	private final Projects projects;

	private final BusinessCases businessCases;

	private final Scorecards scorecards;

	ProjectChanges(Projects projects, BusinessCases businessCases, Scorecards scorecards) {
		this.projects = projects;
		this.businessCases = businessCases;
		this.scorecards = scorecards;
	}

	@Transactional
	Changed apply(ProjectHandle handle, Change change) {
		// every right first, as the page of each part requires it
		if (change.project() != null) {
			handle.require(ProjectRight.ADMINISTER);
		}
		if (change.settings() != null) {
			handle.require(ProjectRight.CHANGE_MONEY);
		}
		if (change.scorecard() != null) {
			handle.require(ProjectRight.EDIT_PLAN);
		}
		ProjectSummary project = this.projects.current(handle);
		if (project.version() != change.version()) {
			throw new StaleVersion("Project " + handle.value(), project.version());
		}
		if (change.project() != null) {
			project = this.projects.update(handle, change.version(), change.project());
		}
		DiscountRate settings = this.businessCases.discountRate(handle);
		SettingsChange rate = change.settings();
		if (rate != null) {
			DiscountRate current = settings;
			settings = named("settings.", Map.of("rate", "settings.discountRate"),
					() -> this.businessCases.setSettings(handle,
							rate.discountRate() == null ? current.rate()
									: BusinessCases.parseRate(CostingApi.text(rate.discountRate())),
							rate.crmUsers() == null ? current.crmUsers() : CostingApi.crmUsers(rate.crmUsers()),
							CostingApi.requireVersion(rate.version())));
		}
		ScorecardView scorecard = null;
		ScorecardChange card = change.scorecard();
		if (card != null) {
			long version = named("scorecard.", Map.of(), () -> CostingApi.requireVersion(card.version()));
			if (card.weights() != null) {
				scorecard = named("scorecard.weights.", Map.of("weights", "scorecard.weights"),
						() -> this.scorecards.setWeights(handle, ScorecardApi.weights(card.weights()), version));
			}
			if (card.green() != null || card.amber() != null) {
				long read = scorecard == null ? version : scorecard.settingsVersion();
				scorecard = named("scorecard.thresholds.", Map.of(),
						() -> this.scorecards.setThresholds(handle, card.green(), card.amber(), read));
			}
		}
		return new Changed(project, settings, scorecard == null ? this.scorecards.scorecard(handle) : scorecard);
	}

	/**
	 * A refusal of a part names its fields as the PATCH's body has them: the prefix and
	 * the field, or the name {@code renamed} gives.
	 */
	private static <T> T named(String prefix, Map<String, String> renamed, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (InvalidInput refused) {
			List<FieldError> errors = new ArrayList<>();
			for (FieldError error : refused.errors()) {
				errors.add(new FieldError(renamed.getOrDefault(error.field(), prefix + error.field()), error.code(),
						error.message(), error.row(), error.value()));
			}
			throw new InvalidInput(errors);
		}
	}

}
