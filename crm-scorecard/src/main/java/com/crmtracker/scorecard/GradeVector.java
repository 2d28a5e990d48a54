package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import com.crmtracker.scorecard.rules.KpiScoring;

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

	private static GradeVector of(BigDecimal[] v) {
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
