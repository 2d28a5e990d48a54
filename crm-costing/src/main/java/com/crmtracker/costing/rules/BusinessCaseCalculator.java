package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.costing.BusinessCaseResult;

/**
 * NPV, ROI and payback over the five TCO years (DOMAIN.md §5), of the plan
 * ({@link #calculate}) or the realised case ({@link #realised}), in plain Java.
 */
public final class BusinessCaseCalculator {

	private static final MathContext MC = MathContext.DECIMAL64;

	private BusinessCaseCalculator() {
	}

	/**
	 * @param costs C_1..C_5
	 * @param benefits B_1..B_5
	 * @param rate the discount rate per year, e.g. 0.08
	 */
	public static BusinessCaseResult calculate(List<BigDecimal> costs, List<BigDecimal> benefits, BigDecimal rate) {
		if (costs.size() != TcoYears.HORIZON || benefits.size() != TcoYears.HORIZON) {
			throw new IllegalArgumentException("Costs and benefits are given for years 1.." + TcoYears.HORIZON);
		}
		List<BigDecimal> net = new ArrayList<>();
		List<BigDecimal> cumulative = new ArrayList<>();
		BigDecimal npv = BigDecimal.ZERO;
		BigDecimal running = BigDecimal.ZERO;
		BigDecimal discount = BigDecimal.ONE;
		BigDecimal factor = BigDecimal.ONE.add(rate);
		BigDecimal payback = null;
		for (int i = 0; i < TcoYears.HORIZON; i++) {
			BigDecimal n = benefits.get(i).subtract(costs.get(i));
			net.add(n);
			discount = discount.multiply(factor, MC);
			npv = npv.add(n.divide(discount, MC), MC);
			BigDecimal before = running;
			running = running.add(n);
			cumulative.add(running);
			if (payback == null && running.signum() >= 0) {
				// (y − 1) + (−cumulative_{y−1}) / N_y; nothing left to recover when N_y
				// is 0
				BigDecimal fraction = n.signum() == 0 ? BigDecimal.ZERO : before.negate().divide(n, MC);
				payback = BigDecimal.valueOf(i).add(fraction);
			}
		}
		BigDecimal totalCost = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal totalBenefit = benefits.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal roi = totalCost.signum() == 0 ? null : totalBenefit.subtract(totalCost).divide(totalCost, MC);
		return new BusinessCaseResult(rate, List.copyOf(costs), List.copyOf(benefits), List.copyOf(net),
				List.copyOf(cumulative), npv, roi, payback, null);
	}

	/**
	 * The realised case, from actual costs and benefits to date: as {@link #calculate},
	 * but with no actual cost or no actual benefit there is no ROI and no payback (null,
	 * with the reason), never 0.
	 */
	public static BusinessCaseResult realised(List<BigDecimal> costs, List<BigDecimal> benefits, BigDecimal rate) {
		BusinessCaseResult result = calculate(costs, benefits, rate);
		boolean noCost = costs.stream().allMatch(c -> c.signum() == 0);
		boolean noBenefit = benefits.stream().allMatch(b -> b.signum() == 0);
		if (!noCost && !noBenefit) {
			return result;
		}
		BusinessCaseResult.Unavailable reason = noCost && noBenefit ? BusinessCaseResult.Unavailable.NO_ACTUALS : noCost
				? BusinessCaseResult.Unavailable.NO_ACTUAL_COST : BusinessCaseResult.Unavailable.NO_ACTUAL_BENEFIT;
		return new BusinessCaseResult(rate, result.costs(), result.benefits(), result.netByYear(),
				result.cumulativeNet(), result.npv(), null, null, reason);
	}

}
