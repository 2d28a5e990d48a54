package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The fuzzy comprehensive evaluation of a project: each perspective's membership matrix
 * and vector B, the overall vector B*, its grade and score.
 *
 * @param myGrades the reader's own grades, by indicator id
 */
public record FuzzyView(List<PerspectiveMatrix> perspectives, GradeVector overall, Grade grade, BigDecimal score,
		List<Perspective> leftOut, Map<Long, Grade> myGrades) {

	/** A perspective's weight, rows (the membership matrix R) and B = w · R. */
	public record PerspectiveMatrix(Perspective perspective, BigDecimal weight, List<MatrixRow> rows,
			GradeVector vector) {
	}

	/**
	 * A row of R: a qualitative indicator graded by {@code raters} raters, or a KPI
	 * entering one-hot by its latest score.
	 *
	 * @param indicatorId the indicator's id, null for a KPI's row
	 * @param kpi the KPI of the row, null for an indicator's row
	 * @param membership null when the indicator has no grade or the KPI no score yet
	 */
	public record MatrixRow(Long indicatorId, KpiView kpi, String name, String description, BigDecimal weight,
			GradeVector membership, int raters, BigDecimal kpiScore) {

		public boolean qualitative() {
			return this.indicatorId != null;
		}

	}

}
