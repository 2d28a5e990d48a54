package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzy comprehensive evaluation (模糊综合评价, DOMAIN.md §7): membership rows of grades, B = w
 * · R per perspective, B* = perspective weights · B, the grade is the largest component
 * of B* and the score B* · (100, 80, 60, 40).
 */
public final class FuzzyEvaluation {

	private FuzzyEvaluation() {
	}

	/** Shares of the four grades, in the order excellent, good, fair, poor. */
	public record GradeVector(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal poor) {

		/**
		 * The membership row of raters' grades: the share of raters giving each grade.
		 */
		public static GradeVector shares(Collection<Grade> grades) {
			if (grades.isEmpty()) {
				throw new IllegalArgumentException("A membership row needs at least one grade");
			}
			BigDecimal count = BigDecimal.valueOf(grades.size());
			BigDecimal[] shares = new BigDecimal[4];
			for (Grade g : Grade.values()) {
				long n = grades.stream().filter(g::equals).count();
				shares[g.ordinal()] = BigDecimal.valueOf(n).divide(count, KpiScoring.MATH);
			}
			return of(shares);
		}

		/** The one-hot row of a single grade, e.g. a quantitative KPI's. */
		public static GradeVector oneHot(Grade grade) {
			BigDecimal[] shares = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
			shares[grade.ordinal()] = BigDecimal.ONE;
			return of(shares);
		}

		static GradeVector of(BigDecimal[] v) {
			return new GradeVector(v[0], v[1], v[2], v[3]);
		}

		public BigDecimal get(Grade grade) {
			return switch (grade) {
				case EXCELLENT -> this.excellent;
				case GOOD -> this.good;
				case FAIR -> this.fair;
				case POOR -> this.poor;
			};
		}

		public List<BigDecimal> components() {
			return List.of(this.excellent, this.good, this.fair, this.poor);
		}

		/** The grade of the largest component; on a tie the better grade. */
		public Grade grade() {
			Grade best = Grade.EXCELLENT;
			for (Grade g : Grade.values()) {
				if (get(g).compareTo(get(best)) > 0) {
					best = g;
				}
			}
			return best;
		}

		/** The vector · (100, 80, 60, 40). */
		public BigDecimal score() {
			BigDecimal score = BigDecimal.ZERO;
			for (Grade g : Grade.values()) {
				score = score.add(get(g).multiply(g.points(), KpiScoring.MATH));
			}
			return score;
		}

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
		return GradeVector.of(b);
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
