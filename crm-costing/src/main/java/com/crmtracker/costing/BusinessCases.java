package com.crmtracker.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectSummary;
import com.crmtracker.project.Projects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business case of a project: its benefit lines, its discount rate, and NPV, ROI and
 * payback for the plan (planned costs and benefits) and the realised case (actual costs
 * and benefits).
 */
@Service
@Transactional(readOnly = true)
public class BusinessCases {

	private static final Pattern RATE = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");

	private final BenefitLineRepository benefits;

	private final CostingSettingsRepository settings;

	private final CostStore store;

	private final Projects projects;

	private final ProjectAccess access;

	BusinessCases(BenefitLineRepository benefits, CostingSettingsRepository settings, CostStore store,
			Projects projects, ProjectAccess access) {
		this.benefits = benefits;
		this.settings = settings;
		this.store = store;
		this.projects = projects;
		this.access = access;
	}

	public List<BenefitView> benefits(Actor actor, ProjectId project) {
		this.projects.get(actor, project);
		return this.benefits.findByProjectIdOrderByYearAscKindAscIdAsc(project.value())
			.stream()
			.map(BenefitLine::view)
			.toList();
	}

	@Transactional
	public BenefitView createBenefit(Actor actor, ProjectId project, BenefitInput input) {
		this.access.requireFinance(actor, project);
		BenefitDraft draft = input.check();
		return this.benefits.saveAndFlush(new BenefitLine(project.value(), draft, actor.username())).view();
	}

	@Transactional
	public BenefitView updateBenefit(Actor actor, ProjectId project, long benefitId, long version, BenefitInput input) {
		this.access.requireFinance(actor, project);
		BenefitLine line = load(project, benefitId, version);
		line.apply(input.check());
		return this.benefits.saveAndFlush(line).view();
	}

	@Transactional
	public void deleteBenefit(Actor actor, ProjectId project, long benefitId, long version) {
		this.access.requireFinance(actor, project);
		this.benefits.delete(load(project, benefitId, version));
		this.benefits.flush();
	}

	/** The project's discount rate per year (0.08 until finance sets one). */
	public DiscountRate discountRate(Actor actor, ProjectId project) {
		this.projects.get(actor, project);
		return this.settings.findById(project.value())
			.map(s -> new DiscountRate(s.discountRate(), s.version()))
			.orElse(new DiscountRate(DiscountRate.DEFAULT, -1));
	}

	/**
	 * Sets the discount rate, a decimal from 0 to 1 (e.g. 0.08); {@code version} is the
	 * one read, −1 while the default applies.
	 */
	@Transactional
	public DiscountRate setDiscountRate(Actor actor, ProjectId project, String rate, long version) {
		this.access.requireFinance(actor, project);
		BigDecimal parsed = parseRate(rate);
		CostingSettings current = this.settings.findById(project.value()).orElse(null);
		long currentVersion = current == null ? -1 : current.version();
		if (currentVersion != version) {
			throw new StaleVersion("The discount rate of project " + project, currentVersion);
		}
		if (current == null) {
			current = new CostingSettings(project.value(), parsed, actor.username());
		}
		else {
			current.change(parsed, actor.username());
		}
		CostingSettings saved = this.settings.saveAndFlush(current);
		return new DiscountRate(saved.discountRate(), saved.version());
	}

	/**
	 * NPV, ROI and payback of the plan ({@code PLANNED}) or the realised case
	 * ({@code ACTUAL}), at the given rate or, when null, the project's.
	 */
	@Transactional
	public BusinessCaseResult result(Actor actor, ProjectId project, CostKind view, BigDecimal rate) {
		ProjectSummary summary = this.projects.get(actor, project);
		BigDecimal r = rate != null ? rate : discountRate(actor, project).rate();
		TcoYears years = CostLedger.years(summary);
		return BusinessCaseCalculator.calculate(this.store.costByYear(project.value(), years, view),
				this.store.benefitByYear(project.value(), view), r);
	}

	/**
	 * A discount rate as written: a plain decimal from 0 to 1 with at most 6 decimals.
	 */
	public static BigDecimal parseRate(String text) {
		if (text != null && RATE.matcher(text.strip()).matches()) {
			BigDecimal rate = new BigDecimal(text.strip());
			if (rate.compareTo(BigDecimal.ONE) <= 0) {
				return rate;
			}
		}
		throw InvalidInput.of("rate", "businessCase.rate.invalid",
				"must be a decimal rate per year from 0 to 1, e.g. 0.08");
	}

	private BenefitLine load(ProjectId project, long benefitId, long version) {
		BenefitLine line = this.benefits.findByIdAndProjectId(benefitId, project.value())
			.orElseThrow(() -> new NotFound("No benefit line " + benefitId + " in project " + project));
		if (line.version() != version) {
			throw new StaleVersion("Benefit line " + benefitId, line.version());
		}
		return line;
	}

}
