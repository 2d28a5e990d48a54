package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.scorecard.FuzzyEvaluation.GradeVector;
import com.crmtracker.scorecard.FuzzyView.MatrixRow;
import com.crmtracker.scorecard.FuzzyView.PerspectiveMatrix;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualitative indicators graded by the steering committee and the director on excellent,
 * good, fair, poor, and the fuzzy comprehensive evaluation over them and the KPIs.
 */
@Service
@Transactional(readOnly = true)
public class QualitativeEvaluation {

	private final ProjectAccess access;

	private final Rankings rankings;

	private final Scorecards scorecards;

	private final IndicatorRepository indicators;

	private final IndicatorGradeRepository grades;

	QualitativeEvaluation(ProjectAccess access, Rankings rankings, Scorecards scorecards,
			IndicatorRepository indicators, IndicatorGradeRepository grades) {
		this.access = access;
		this.rankings = rankings;
		this.scorecards = scorecards;
		this.indicators = indicators;
		this.grades = grades;
	}

	/** Adds a qualitative indicator to a perspective of the project. */
	@Transactional
	public long addIndicator(Actor actor, ProjectId project, IndicatorDraft draft) {
		this.access.requireDirector(actor, project);
		List<FieldError> errors = new ArrayList<>();
		if (draft.perspective() == null) {
			errors.add(new FieldError("perspective", "kpi.perspective.required",
					"must be FINANCIAL, CUSTOMER, INTERNAL_PROCESS or LEARNING_GROWTH", null));
		}
		if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > 200) {
			errors.add(new FieldError("name", "kpi.name.required", "must not be empty (at most 200 characters)", null));
		}
		else if (this.indicators.existsByProjectIdAndNameIgnoreCase(project.value(), draft.name().trim())) {
			errors.add(new FieldError("name", "indicator.name.taken",
					"is already the name of an indicator of this project", null));
		}
		if (draft.description() != null && draft.description().trim().length() > 1000) {
			errors
				.add(new FieldError("description", "kpi.description.tooLong", "must be at most 1000 characters", null));
		}
		Scorecards.required("weight", draft.weight(), "kpi.weight.required", errors);
		if (draft.weight() != null && draft.weight().signum() < 0) {
			errors.add(new FieldError("weight", "kpi.weight.negative", "must not be negative", null));
		}
		Numbers.fits("weight", draft.weight(), 8, errors);
		Scorecards.refuseIfAny(errors);
		return this.indicators.save(new Indicator(project.value(), draft)).id();
	}

	@Transactional
	public void removeIndicator(Actor actor, ProjectId project, long indicatorId) {
		this.access.requireDirector(actor, project);
		this.indicators.delete(load(project, indicatorId));
	}

	/** The actor grades an indicator; grading again replaces the actor's grade. */
	@Transactional
	public void grade(Actor actor, ProjectId project, long indicatorId, Grade grade) {
		this.rankings.requireExpert(actor, project);
		Indicator indicator = load(project, indicatorId);
		if (grade == null) {
			throw InvalidInput.of("grade", "indicator.grade.required", "must be EXCELLENT, GOOD, FAIR or POOR");
		}
		IndicatorGrade given = this.grades.findByIndicatorIdAndRater(indicator.id(), actor.username())
			.orElseGet(() -> new IndicatorGrade(indicator.id(), actor.username()));
		given.grade(grade, Instant.now());
		this.grades.save(given);
	}

	/** The fuzzy comprehensive evaluation of the project as it stands. */
	public FuzzyView evaluation(Actor actor, ProjectId project) {
		this.access.requireVisible(actor, project);
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
			.filter(g -> g.rater().equals(actor.username()))
			.collect(Collectors.toMap(IndicatorGrade::indicatorId, IndicatorGrade::grade));
		return new FuzzyView(perspectives, result.overall(), result.grade(), result.score(), result.leftOut(), mine);
	}

	private Indicator load(ProjectId project, long indicatorId) {
		return this.indicators.findByIdAndProjectId(indicatorId, project.value())
			.orElseThrow(() -> new NotFound("No indicator " + indicatorId + " in project " + project));
	}

}
