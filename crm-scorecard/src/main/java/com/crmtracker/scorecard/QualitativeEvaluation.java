package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.scorecard.FuzzyView.MatrixRow;
import com.crmtracker.scorecard.FuzzyView.PerspectiveMatrix;
import com.crmtracker.scorecard.rules.FuzzyEvaluation;
import com.crmtracker.scorecard.rules.ScorecardRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualitative indicators graded by the steering committee and the director on excellent,
 * good, fair, poor, and the fuzzy comprehensive evaluation over them and the KPIs.
 */
@Service
@Transactional(readOnly = true)
public class QualitativeEvaluation {

	private final Clock clock;

	private final Scorecards scorecards;

	private final IndicatorRepository indicators;

	private final IndicatorGradeRepository grades;

	QualitativeEvaluation(Clock clock, Scorecards scorecards, IndicatorRepository indicators,
			IndicatorGradeRepository grades) {
		this.clock = clock;
		this.scorecards = scorecards;
		this.indicators = indicators;
		this.grades = grades;
	}

	/**
	 * The rules an indicator draft breaks, every one: for a form that must show them with
	 * its own refusals at once. Whether its name is taken is checked when it is added.
	 */
	public List<FieldError> check(IndicatorDraft draft) {
		return ScorecardRules.indicator(draft);
	}

	/** Adds a qualitative indicator to a perspective of the project. */
	@Transactional
	public long addIndicator(ProjectHandle project, IndicatorDraft draft) {
		project.require(ProjectRight.EDIT_PLAN);
		List<FieldError> errors = new ArrayList<>(ScorecardRules.indicator(draft));
		if (errors.stream().noneMatch(e -> e.field().equals("name"))
				&& this.indicators.existsByProjectIdAndNameIgnoreCase(project.value(), draft.name().trim())) {
			errors.add(new FieldError("name", "indicator.name.taken",
					"is already the name of an indicator of this project", null));
		}
		ScorecardRules.refuseIfAny(errors);
		return this.indicators.save(new Indicator(project.value(), draft, Instant.now(this.clock))).id();
	}

	@Transactional
	public void removeIndicator(ProjectHandle project, long indicatorId) {
		project.require(ProjectRight.EDIT_PLAN);
		this.indicators.delete(load(project, indicatorId));
	}

	/** The actor grades an indicator; grading again replaces the actor's grade. */
	@Transactional
	public void grade(ProjectHandle project, long indicatorId, Grade grade) {
		Rankings.requireExpert(project);
		Indicator indicator = load(project, indicatorId);
		if (grade == null) {
			throw InvalidInput.of("grade", "indicator.grade.required", "must be EXCELLENT, GOOD, FAIR or POOR");
		}
		IndicatorGrade given = this.grades.findByIndicatorIdAndRater(indicator.id(), project.username())
			.orElseGet(() -> new IndicatorGrade(indicator.id(), project.username()));
		given.grade(grade, Instant.now(this.clock));
		this.grades.save(given);
	}

	/** The fuzzy comprehensive evaluation of the project as it stands. */
	public FuzzyView evaluation(ProjectHandle project) {
		ScorecardView scorecard = this.scorecards.scorecardOf(project.value());
		List<Indicator> all = this.indicators.findByProjectIdOrderById(project.value());
		Map<Long, List<IndicatorGrade>> byIndicator = this.grades
			.findByIndicatorIdIn(all.stream().map(Indicator::id).toList())
			.stream()
			.collect(Collectors.groupingBy(IndicatorGrade::indicatorId));
		Map<Perspective, List<FuzzyEvaluation.Row>> rows = new EnumMap<>(Perspective.class);
		Map<Perspective, List<MatrixRow>> matrix = new EnumMap<>(Perspective.class);
		for (Perspective p : Perspective.values()) {
			rows.put(p, new ArrayList<>());
			matrix.put(p, new ArrayList<>());
		}
		for (Indicator indicator : all) {
			List<Grade> given = byIndicator.getOrDefault(indicator.id(), List.of())
				.stream()
				.map(IndicatorGrade::grade)
				.toList();
			GradeVector membership = given.isEmpty() ? null : GradeVector.shares(given);
			rows.get(indicator.perspective())
				.add(new FuzzyEvaluation.Row(indicator.name(), indicator.weight(), membership, true));
			matrix.get(indicator.perspective())
				.add(new MatrixRow(indicator.id(), null, indicator.name(), indicator.description(), indicator.weight(),
						membership, given.size(), null));
		}
		for (PerspectiveView perspective : scorecard.perspectives()) {
			for (KpiLine line : perspective.kpis()) {
				GradeVector membership = line.score() == null ? null : GradeVector.oneHot(Grade.ofScore(line.score()));
				rows.get(perspective.perspective())
					.add(new FuzzyEvaluation.Row(line.kpi().name(), line.kpi().weight(), membership, false));
				matrix.get(perspective.perspective())
					.add(new MatrixRow(null, line.kpi(), line.kpi().name(), null, line.kpi().weight(), membership, 0,
							line.score()));
			}
		}
		Map<Perspective, BigDecimal> weights = this.scorecards.weightsOf(project.value());
		FuzzyEvaluation.Result result = FuzzyEvaluation.evaluate(weights, rows);
		List<PerspectiveMatrix> perspectives = new ArrayList<>();
		for (Perspective p : Perspective.values()) {
			perspectives.add(new PerspectiveMatrix(p, weights.get(p), matrix.get(p), result.byPerspective().get(p)));
		}
		Map<Long, Grade> mine = byIndicator.values()
			.stream()
			.flatMap(List::stream)
			.filter(g -> g.rater().equals(project.username()))
			.collect(Collectors.toMap(IndicatorGrade::indicatorId, IndicatorGrade::grade));
		return new FuzzyView(perspectives, result.overall(), result.grade(), result.score(), result.leftOut(), mine);
	}

	private Indicator load(ProjectHandle project, long indicatorId) {
		return this.indicators.findByIdAndProjectId(indicatorId, project.value())
			.orElseThrow(() -> new NotFound("No indicator " + indicatorId + " in project " + project.value()));
	}

}
