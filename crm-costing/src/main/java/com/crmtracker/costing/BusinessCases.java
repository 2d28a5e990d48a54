package com.crmtracker.costing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.crmtracker.costing.rules.BusinessCaseCalculator;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.domain.Values;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * The business case of a project: its benefit lines, its discount rate, and NPV, ROI and
 * payback for the plan (planned costs and benefits) and the realised case (actual costs
 * and benefits).
 */
@Service
@Transactional(readOnly = true)
public class BusinessCases {

	/** The most decimals a discount rate may have. */
	private static final int RATE_SCALE = 6;

	private final BenefitLineRepository benefits;

	private final CostingSettingsRepository settings;

	private final CostStore store;

	private final Clock clock;

	BusinessCases(BenefitLineRepository benefits, CostingSettingsRepository settings, CostStore store, Clock clock) {
		this.benefits = benefits;
		this.settings = settings;
		this.store = store;
		this.clock = clock;
	}

	public List<BenefitView> benefits(ProjectHandle project) {
		return this.benefits.findByProjectIdOrderByYearAscKindAscIdAsc(project.value())
			.stream()
			.map(BenefitLine::view)
			.toList();
	}

	@Transactional
	public BenefitView createBenefit(ProjectHandle project, BenefitDraft line) {
		project.require(ProjectRight.CHANGE_MONEY);
		return this.benefits
			.saveAndFlush(new BenefitLine(project.value(), line.require(), project.username(), Instant.now(this.clock)))
			.view();
	}

	@Transactional
	public BenefitView updateBenefit(ProjectHandle project, long benefitId, long version, BenefitDraft line) {
		project.require(ProjectRight.CHANGE_MONEY);
		BenefitLine stored = load(project, benefitId, version);
		stored.apply(line.require());
		return this.benefits.saveAndFlush(stored).view();
	}

	@Transactional
	public void deleteBenefit(ProjectHandle project, long benefitId, long version) {
		project.require(ProjectRight.CHANGE_MONEY);
		this.benefits.delete(load(project, benefitId, version));
		this.benefits.flush();
	}

	/** The project's discount rate per year (0.08 until finance sets one). */
	public DiscountRate discountRate(ProjectHandle project) {
		return this.settings.findById(project.value())
			.map(s -> new DiscountRate(s.discountRate(), s.crmUsers(), s.version()))
			.orElse(new DiscountRate(DiscountRate.DEFAULT, null, -1));
	}

	/**
	 * Sets the discount rate, a decimal from 0 to 1 (e.g. 0.08) with at most six
	 * decimals; {@code version} is the one read, −1 while the default applies.
	 */
	@Transactional
	public DiscountRate setDiscountRate(ProjectHandle project, BigDecimal rate, long version) {
		return setSettings(project, rate, discountRate(project).crmUsers(), version);
	}

	/**
	 * Sets the discount rate and the number of CRM users (null: not known; else 1 to
	 * {@value DiscountRate#MAX_CRM_USERS}); {@code version} is the one read, −1 while the
	 * default applies.
	 */
	@Transactional
	public DiscountRate setSettings(ProjectHandle project, BigDecimal rate, Integer crmUsers, long version) {
		project.require(ProjectRight.CHANGE_MONEY);
		BigDecimal checked = requireRate(rate);
		if (crmUsers != null && (crmUsers < 1 || crmUsers > DiscountRate.MAX_CRM_USERS)) {
			throw InvalidInput.of("crmUsers", "businessCase.crmUsers.invalid",
					"must be a whole number of users from 1 to " + DiscountRate.MAX_CRM_USERS);
		}
		CostingSettings current = this.settings.findById(project.value()).orElse(null);
		long currentVersion = current == null ? -1 : current.version();
		if (currentVersion != version) {
			throw new StaleVersion("The discount rate of project " + project.value(), currentVersion);
		}
		Instant now = Instant.now(this.clock);
		if (current == null) {
			current = new CostingSettings(project.value(), checked, crmUsers, project.username(), now);
		}
		else {
			current.change(checked, crmUsers, project.username(), now);
		}
		CostingSettings saved = this.settings.saveAndFlush(current);
		return new DiscountRate(saved.discountRate(), saved.crmUsers(), saved.version());
	}

	/**
	 * NPV, ROI, payback, discounted payback, IRR and (for the plan) TCO per user of the
	 * plan ({@code PLANNED}) or the realised case ({@code ACTUAL}, which has none without
	 * actual costs or benefits: see {@link BusinessCaseResult#unavailable}), at the given
	 * rate or, when null, the project's.
	 */
	public BusinessCaseResult result(ProjectHandle project, CostKind view, BigDecimal rate) {
		DiscountRate settings = discountRate(project);
		BigDecimal r = rate != null ? requireRate(rate) : settings.rate();
		List<BigDecimal> costs = this.store.costByYear(project.value(), CostLedger.years(project), view);
		List<BigDecimal> benefits = this.store.benefitByYear(project.value(), view);
		return view == CostKind.ACTUAL ? BusinessCaseCalculator.realised(costs, benefits, r)
				: BusinessCaseCalculator.calculate(costs, benefits, r, settings.crmUsers());
	}

	/**
	 * A discount rate as written: a plain decimal from 0 to 1 with at most 6 decimals.
	 */
	public static BigDecimal parseRate(String text) {
		return requireRate(Values.decimal(text));
	}

	private static BigDecimal requireRate(BigDecimal rate) {
		if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0
				|| rate.stripTrailingZeros().scale() > RATE_SCALE) {
			throw InvalidInput.of("rate", "businessCase.rate.invalid",
					"must be a decimal rate per year from 0 to 1, e.g. 0.08");
		}
		return rate;
	}

	private BenefitLine load(ProjectHandle project, long benefitId, long version) {
		BenefitLine line = this.benefits.findByIdAndProjectId(benefitId, project.value())
			.orElseThrow(() -> new NotFound("No benefit line " + benefitId + " in project " + project.value()));
		if (line.version() != version) {
			throw new StaleVersion("Benefit line " + benefitId, line.version());
		}
		return line;
	}

}
