package com.crmtracker.costing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.crmtracker.costing.BusinessCaseResult;
import com.crmtracker.costing.BusinessCaseResult.Missing;

/**
 * NPV, ROI, payback, discounted payback, IRR and TCO per user over the five TCO years
 * (DOMAIN.md §5), of the plan ({@link #calculate}) or the realised case
 * ({@link #realised}), in plain Java.
 */
public final class BusinessCaseCalculator {

	private static final MathContext MC = MathContext.DECIMAL64;

	/** The IRR is found to this width of its bracket, well inside 1e-8. */
	private static final BigDecimal IRR_TOLERANCE = new BigDecimal("1e-12");

	/** The lowest rate searched for an IRR: −99.9999%. */
	private static final BigDecimal IRR_LOWEST = new BigDecimal("-0.999999");

	/** The highest rate searched for an IRR: 10⁶ (100,000,000%). */
	private static final BigDecimal IRR_HIGHEST = new BigDecimal("1000000");

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private BusinessCaseCalculator() {
	}

	/**
	 * @param costs C_1..C_5
	 * @param benefits B_1..B_5
	 * @param rate the discount rate per year, e.g. 0.08
	 */
	public static BusinessCaseResult calculate(List<BigDecimal> costs, List<BigDecimal> benefits, BigDecimal rate) {
		return calculate(costs, benefits, rate, null);
	}

	/**
	 * @param costs C_1..C_5
	 * @param benefits B_1..B_5
	 * @param rate the discount rate per year, e.g. 0.08
	 * @param crmUsers the number of CRM users (at least 1), or null when not set
	 */
	public static BusinessCaseResult calculate(List<BigDecimal> costs, List<BigDecimal> benefits, BigDecimal rate,
			Integer crmUsers) {
		if (costs.size() != TcoYears.HORIZON || benefits.size() != TcoYears.HORIZON) {
			throw new IllegalArgumentException("Costs and benefits are given for years 1.." + TcoYears.HORIZON);
		}
		List<BigDecimal> net = new ArrayList<>();
		List<BigDecimal> cumulative = new ArrayList<>();
		List<BigDecimal> discounted = new ArrayList<>();
		BigDecimal running = BigDecimal.ZERO;
		for (int i = 0; i < TcoYears.HORIZON; i++) {
			BigDecimal n = benefits.get(i).subtract(costs.get(i));
			net.add(n);
			running = running.add(n);
			cumulative.add(running);
		}
		discounted.addAll(discount(net, rate));
		BigDecimal npv = discounted.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
		BigDecimal totalCost = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal totalBenefit = benefits.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal roi = totalCost.signum() == 0 ? null : totalBenefit.subtract(totalCost).divide(totalCost, MC);
		boolean nothing = net.stream().allMatch(n -> n.signum() == 0);
		BigDecimal payback = nothing ? null : payback(net);
		Missing paybackMissing = nothing ? Missing.NOTHING_BOOKED : payback == null ? Missing.NOT_WITHIN_HORIZON : null;
		BigDecimal discountedPayback = nothing ? null : payback(discounted);
		Missing discountedMissing = nothing ? Missing.NOTHING_BOOKED
				: discountedPayback == null ? Missing.NOT_WITHIN_HORIZON : null;
		Missing irrMissing = irrMissing(net);
		BigDecimal irr = irrMissing == null ? irr(net) : null;
		if (irrMissing == null && irr == null) {
			irrMissing = Missing.OUT_OF_RANGE;
		}
		BigDecimal perUser = crmUsers == null || crmUsers < 1 ? null
				: totalCost.divide(BigDecimal.valueOf(crmUsers), MC);
		return new BusinessCaseResult(rate, List.copyOf(costs), List.copyOf(benefits), List.copyOf(net),
				List.copyOf(cumulative), List.copyOf(discounted), npv, roi, payback, paybackMissing, discountedPayback,
				discountedMissing, irr, irrMissing, crmUsers, perUser, null);
	}

	/**
	 * The realised case, from actual costs and benefits to date: as {@link #calculate},
	 * but with no actual cost or no actual benefit there is no ROI, no payback and no IRR
	 * (null, with the reason), never 0.
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
				result.cumulativeNet(), result.discountedNet(), result.npv(), null, null, Missing.NO_ACTUALS, null,
				Missing.NO_ACTUALS, null, Missing.NO_ACTUALS, null, null, reason);
	}

	/** D_y = N_y / (1 + r)^y, end-of-year convention. */
	static List<BigDecimal> discount(List<BigDecimal> net, BigDecimal rate) {
		List<BigDecimal> discounted = new ArrayList<>();
		BigDecimal factor = BigDecimal.ONE.add(rate);
		BigDecimal discount = BigDecimal.ONE;
		for (BigDecimal n : net) {
			discount = discount.multiply(factor, MC);
			discounted.add(n.divide(discount, MC));
		}
		return discounted;
	}

	/**
	 * The payback of yearly flows: with k the last year whose cumulative flow is
	 * negative, k + (−cumulative_k) / F_{k+1}; 0 when the cumulative flow is never
	 * negative; null when it is still negative after year 5. For flows that turn ≥ 0 once
	 * this is the textbook (y − 1) + (−cumulative_{y−1}) / F_y.
	 */
	static BigDecimal payback(List<BigDecimal> flows) {
		BigDecimal running = BigDecimal.ZERO;
		int lastNegative = 0;
		BigDecimal atLastNegative = BigDecimal.ZERO;
		for (int y = 1; y <= flows.size(); y++) {
			running = running.add(flows.get(y - 1));
			if (running.signum() < 0) {
				lastNegative = y;
				atLastNegative = running;
			}
		}
		if (lastNegative == flows.size()) {
			return null;
		}
		if (lastNegative == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(lastNegative).add(atLastNegative.negate().divide(flows.get(lastNegative), MC));
	}

	/** Why the nets have no IRR, or null when they change sign exactly once. */
	static Missing irrMissing(List<BigDecimal> net) {
		int changes = 0;
		int sign = 0;
		for (BigDecimal n : net) {
			if (n.signum() != 0) {
				if (sign != 0 && n.signum() != sign) {
					changes++;
				}
				sign = n.signum();
			}
		}
		return changes == 0 ? Missing.NO_SIGN_CHANGE : changes > 1 ? Missing.SEVERAL_SIGN_CHANGES : null;
	}

	/**
	 * The rate at which Σ N_y / (1 + r)^y = 0, by bisection: nets that change sign once
	 * have exactly one such rate above −100% (Descartes' rule of signs on x = 1 / (1 +
	 * r)), and NPV(r) has opposite signs on either side of it. Bisection cannot diverge
	 * the way Newton's method can from a poor start. Rounded to 10 decimals; null when
	 * the rate lies outside the searched range.
	 */
	static BigDecimal irr(List<BigDecimal> net) {
		BigDecimal low = IRR_LOWEST;
		int lowSign = npv(net, low).signum();
		if (lowSign == 0) {
			return low;
		}
		BigDecimal high = BigDecimal.ONE;
		while (npv(net, high).signum() == lowSign) {
			if (high.compareTo(IRR_HIGHEST) >= 0) {
				return null;
			}
			high = high.multiply(BigDecimal.TEN);
		}
		while (high.subtract(low).compareTo(IRR_TOLERANCE) > 0) {
			BigDecimal middle = low.add(high).divide(TWO, MC);
			int sign = npv(net, middle).signum();
			if (sign == 0) {
				return middle.setScale(10, RoundingMode.HALF_EVEN);
			}
			if (sign == lowSign) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return low.add(high).divide(TWO, MC).setScale(10, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal npv(List<BigDecimal> net, BigDecimal rate) {
		return discount(net, rate).stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
	}

}
