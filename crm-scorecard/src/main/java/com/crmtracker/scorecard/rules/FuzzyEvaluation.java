package com.crmtracker.scorecard.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.GradeVector;
import com.crmtracker.scorecard.Perspective;

/**
 * Fuzzy comprehensive evaluation (模糊综合评价, DOMAIN.md §7): membership rows of grades, B = w
 * · R per perspective, B* = perspective weights · B, the grade is the largest component
 * of B* and the score B* · (100, 80, 60, 40).
 */
public final class FuzzyEvaluation {

	private FuzzyEvaluation() {
	}

	/**
	 * One row of a perspective's membership matrix.
	 *
	 * @param label the indicator's or KPI's name
	 * @param weight its weight within the perspective (rescaled by the evaluation)
	 * @param membership its grade shares, or null when it has none yet (left out)
	 * @param qualitative whether raters graded it (else a KPI's one-hot row)
	 */
	public record Row(String label, BigDecimal weight, GradeVector membership, boolean qualitative) {
	}

	/**
	 * @param byPerspective B of each perspective that has a row with a membership
	 * @param overall B*, null when no perspective has one
	 * @param leftOut perspectives without B, left out of B* (weights rescaled)
	 */
	public record Result(Map<Perspective, GradeVector> byPerspective, GradeVector overall, List<Perspective> leftOut) {

		public Grade grade() {
			return this.overall == null ? null : this.overall.grade();
		}

		public BigDecimal score() {
			return this.overall == null ? null : this.overall.score();
		}

	}

	/**
	 * B = w · R over the rows with a membership, their weights rescaled to sum to 1; null
	 * when no row has one or their weights sum to 0.
	 */
	public static GradeVector combine(Collection<Row> rows) {
		BigDecimal total = BigDecimal.ZERO;
		for (Row row : rows) {
			if (row.membership() != null) {
				total = total.add(row.weight());
			}
		}
		if (total.signum() == 0) {
			return null;
		}
		BigDecimal[] b = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (Row row : rows) {
			if (row.membership() == null) {
				continue;
			}
			BigDecimal w = row.weight().divide(total, KpiScoring.MATH);
			for (Grade g : Grade.values()) {
				b[g.ordinal()] = b[g.ordinal()].add(w.multiply(row.membership().get(g), KpiScoring.MATH));
			}
		}
		return new GradeVector(b[0], b[1], b[2], b[3]);
	}

	/** B per perspective and B* over the perspectives that have a B. */
	public static Result evaluate(Map<Perspective, BigDecimal> perspectiveWeights, Map<Perspective, List<Row>> rows) {
		Map<Perspective, GradeVector> byPerspective = new EnumMap<>(Perspective.class);
		List<Perspective> leftOut = new ArrayList<>();
		List<Row> perspectiveRows = new ArrayList<>();
		for (Perspective p : Perspective.values()) {
			GradeVector b = combine(rows.getOrDefault(p, List.of()));
			if (b == null) {
				leftOut.add(p);
			}
			else {
				byPerspective.put(p, b);
				perspectiveRows.add(new Row(p.name(), perspectiveWeights.getOrDefault(p, BigDecimal.ZERO), b, false));
			}
		}
		return new Result(byPerspective, combine(perspectiveRows), List.copyOf(leftOut));
	}

}
