package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.project.ProjectAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's balanced scorecard: its KPIs, their measurements, the perspective weights
 * and thresholds, and the scores rolled up from them. The project's director changes it;
 * whoever sees the project reads it.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

	static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.0001");

	private final ProjectAccess access;

	private final KpiRepository kpis;

	private final MeasurementRepository measurements;

	private final ScorecardSettingsRepository settings;

	Scorecards(ProjectAccess access, KpiRepository kpis, MeasurementRepository measurements,
			ScorecardSettingsRepository settings) {
		this.access = access;
		this.kpis = kpis;
		this.measurements = measurements;
		this.settings = settings;
	}

	/** The ready-made KPIs, by perspective. */
	public List<LibraryKpi> library() {
		return Arrays.asList(LibraryKpi.values());
	}

	/** Adds a KPI to the project: a custom one, or a library one by its code. */
	@Transactional
	public KpiView addKpi(Actor actor, ProjectId project, KpiDraft draft) {
		this.access.requireDirector(actor, project);
		KpiDraft complete = completeFromLibrary(draft);
		List<FieldError> errors = validate(complete);
		if (complete.name() != null
				&& this.kpis.existsByProjectIdAndNameIgnoreCase(project.value(), complete.name().trim())) {
			errors.add(new FieldError("name", "kpi.name.taken", "is already the name of a KPI of this project", null));
		}
		refuseIfAny(errors);
		return this.kpis.save(new Kpi(project.value(), complete)).view();
	}

	/**
	 * Adds a library KPI with the director's baseline, target, weight and period.
	 */
	@Transactional
	public KpiView addFromLibrary(Actor actor, ProjectId project, String code, BigDecimal baseline, BigDecimal target,
			BigDecimal weight, PeriodType period) {
		LibraryKpi library = LibraryKpi.byCode(code)
			.orElseThrow(() -> InvalidInput.of("libraryCode", "kpi.library.unknown", "is not a KPI of the library"));
		return addKpi(actor, project, library.draft(baseline, target, weight, period));
	}

	/**
	 * Changes a KPI: what the draft leaves null stays as it is. Its measure type and
	 * period cannot change once it has measurements.
	 */
	@Transactional
	public KpiView updateKpi(Actor actor, ProjectId project, long kpiId, long version, KpiDraft changes) {
		this.access.requireDirector(actor, project);
		Kpi kpi = load(project, kpiId);
		if (kpi.version() != version) {
			throw new StaleVersion("KPI " + kpiId, kpi.version());
		}
		KpiDraft draft = merge(kpi.draft(), changes);
		List<FieldError> errors = validate(draft);
		if (draft.name() != null && !draft.name().trim().equalsIgnoreCase(kpi.name())
				&& this.kpis.existsByProjectIdAndNameIgnoreCase(project.value(), draft.name().trim())) {
			errors.add(new FieldError("name", "kpi.name.taken", "is already the name of a KPI of this project", null));
		}
		if (this.measurements.existsByKpiId(kpiId)) {
			if (draft.measureType() != null && draft.measureType() != kpi.measureType()) {
				errors.add(new FieldError("measureType", "kpi.measureType.fixed",
						"cannot change once the KPI has measurements", null));
			}
			if (draft.period() != null && draft.period() != kpi.periodType()) {
				errors.add(new FieldError("period", "kpi.period.fixed", "cannot change once the KPI has measurements",
						null));
			}
		}
		refuseIfAny(errors);
		kpi.apply(draft);
		return this.kpis.saveAndFlush(kpi).view();
	}

	/** Removes a KPI with all its measurements. */
	@Transactional
	public void removeKpi(Actor actor, ProjectId project, long kpiId) {
		this.access.requireDirector(actor, project);
		this.kpis.delete(load(project, kpiId));
	}

	public List<KpiView> kpis(Actor actor, ProjectId project) {
		this.access.requireVisible(actor, project);
		return this.kpis.findByProjectIdOrderById(project.value()).stream().map(Kpi::view).toList();
	}

	/** A KPI with its trend of current entries and the entries corrections superseded. */
	public KpiDetail kpi(Actor actor, ProjectId project, long kpiId) {
		this.access.requireVisible(actor, project);
		KpiView kpi = load(project, kpiId).view();
		Thresholds thresholds = settingsOf(project.value()).thresholds();
		List<Measurement> all = this.measurements.findByKpiIdOrderByPeriodAscEnteredAtAsc(kpiId);
		List<Measurement> current = all.stream().filter(m -> m.supersededAt() == null).toList();
		Map<Period, Measurement> byPeriod = current.stream().collect(Collectors.toMap(Measurement::period, m -> m));
		List<MeasurementView> superseded = all.stream()
			.filter(m -> m.supersededAt() != null)
			.map(m -> KpiSeries.view(kpi, m, byPeriod, thresholds))
			.toList();
		return new KpiDetail(kpi, KpiSeries.of(kpi, current, thresholds), superseded, thresholds);
	}

	/**
	 * Records a period's entry of a KPI, superseding (not erasing) an earlier one of the
	 * same period; answers the computed value and score.
	 */
	@Transactional
	public MeasurementView record(Actor actor, ProjectId project, long kpiId, MeasurementInput input) {
		this.access.requireDirector(actor, project);
		Kpi kpi = load(project, kpiId);
		List<FieldError> errors = new ArrayList<>();
		Period period = Period.parse(input.period()).orElse(null);
		if (period == null) {
			errors.add(new FieldError("period", "measurement.period.invalid",
					"must be a month like 2026-09 or a quarter like 2026-Q3", null));
		}
		else if (period.type() != kpi.periodType()) {
			errors.add(kpi.periodType() == PeriodType.QUARTER
					? new FieldError("period", "measurement.period.quarterly",
							"this KPI is measured by quarter: write a quarter like 2026-Q3", null)
					: new FieldError("period", "measurement.period.monthly",
							"this KPI is measured by month: write a month like 2026-09", null));
		}
		MeasurementInput cleaned = switch (kpi.measureType()) {
			case DIRECT -> {
				required("value", input.value(), "measurement.value.required", errors);
				Numbers.fits("value", input.value(), 4, errors);
				yield new MeasurementInput(input.period(), input.value(), null, null, null);
			}
			case RATIO -> {
				required("numerator", input.numerator(), "measurement.numerator.required", errors);
				required("denominator", input.denominator(), "measurement.denominator.required", errors);
				if (input.denominator() != null && input.denominator().signum() == 0) {
					errors.add(new FieldError("denominator", "measurement.denominator.zero",
							"must not be 0: a ratio with a zero denominator has no value", null));
				}
				Numbers.fits("numerator", input.numerator(), 4, errors);
				Numbers.fits("denominator", input.denominator(), 4, errors);
				yield new MeasurementInput(input.period(), null, input.numerator(), input.denominator(), null);
			}
			case GROWTH -> {
				required("amount", input.amount(), "measurement.amount.required", errors);
				Numbers.fits("amount", input.amount(), 4, errors);
				yield new MeasurementInput(input.period(), null, null, null, input.amount());
			}
		};
		refuseIfAny(errors);
		Instant now = Instant.now();
		this.measurements.findByKpiIdAndPeriodAndSupersededAtIsNull(kpiId, period.toString()).ifPresent(old -> {
			old.supersede(now);
			// the correction must be flushed before the new entry takes the period
			this.measurements.saveAndFlush(old);
		});
		this.measurements.saveAndFlush(new Measurement(kpiId, period, cleaned, actor.username(), now));
		KpiView view = kpi.view();
		Thresholds thresholds = settingsOf(project.value()).thresholds();
		return KpiSeries.of(view, this.measurements.findByKpiIdInAndSupersededAtIsNull(List.of(kpiId)), thresholds)
			.stream()
			.filter(m -> m.period().equals(period.toString()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The scorecard: each KPI's latest score, perspective scores and the overall score.
	 */
	public ScorecardView scorecard(Actor actor, ProjectId project) {
		this.access.requireVisible(actor, project);
		return scorecardOf(project.value());
	}

	ScorecardView scorecardOf(long projectId) {
		return scorecardsOfIds(List.of(projectId)).get(projectId);
	}

	/**
	 * The scorecards of many projects at once, for the portfolio: three queries however
	 * many projects there are.
	 */
	public Map<Long, ScorecardView> scorecardsOf(Collection<com.crmtracker.project.ProjectHandle> projects) {
		return scorecardsOfIds(projects.stream().map(com.crmtracker.project.ProjectHandle::value).toList());
	}

	private Map<Long, ScorecardView> scorecardsOfIds(Collection<Long> projectIds) {
		Map<Long, ScorecardView> views = new HashMap<>();
		if (projectIds.isEmpty()) {
			return views;
		}
		Map<Long, ScorecardSettings> settingsById = this.settings.findAllById(projectIds)
			.stream()
			.collect(Collectors.toMap(ScorecardSettings::projectId, s -> s));
		Map<Long, List<KpiView>> kpisByProject = this.kpis.findByProjectIdInOrderById(projectIds)
			.stream()
			.collect(Collectors.groupingBy(Kpi::projectId, Collectors.mapping(Kpi::view, Collectors.toList())));
		List<Long> kpiIds = kpisByProject.values().stream().flatMap(List::stream).map(KpiView::id).toList();
		Map<Long, List<Measurement>> byKpi = kpiIds.isEmpty() ? Map.of()
				: this.measurements.findByKpiIdInAndSupersededAtIsNull(kpiIds)
					.stream()
					.collect(Collectors.groupingBy(Measurement::kpiId));
		for (Long projectId : projectIds) {
			ScorecardSettings settings = settingsById.getOrDefault(projectId, new ScorecardSettings(projectId));
			views.put(projectId,
					assemble(projectId, settings, kpisByProject.getOrDefault(projectId, List.of()), byKpi));
		}
		return views;
	}

	private static ScorecardView assemble(long projectId, ScorecardSettings settings, List<KpiView> all,
			Map<Long, List<Measurement>> byKpi) {
		Thresholds thresholds = settings.thresholds();
		Map<Perspective, BigDecimal> weights = settings.weights();
		Map<Perspective, BigDecimal> scores = new EnumMap<>(Perspective.class);
		List<PerspectiveView> perspectives = new ArrayList<>();
		for (Perspective perspective : Perspective.values()) {
			List<KpiLine> lines = all.stream()
				.filter(k -> k.perspective() == perspective)
				.map(k -> line(k, byKpi.getOrDefault(k.id(), List.of()), thresholds))
				.toList();
			BigDecimal score = BalancedScorecard.weightedMean(
					lines.stream().map(l -> new BalancedScorecard.WeightedScore(l.kpi().weight(), l.score())).toList());
			if (score != null) {
				scores.put(perspective, score);
			}
			perspectives.add(
					new PerspectiveView(perspective, weights.get(perspective), score, thresholds.status(score), lines));
		}
		BalancedScorecard.Overall overall = BalancedScorecard.overall(weights, scores);
		return new ScorecardView(projectId, overall.overall(), thresholds.status(overall.overall()), perspectives,
				overall.leftOut(), thresholds, settings.version());
	}

	private static KpiLine line(KpiView kpi, List<Measurement> current, Thresholds thresholds) {
		List<MeasurementView> series = KpiSeries.of(kpi, current, thresholds);
		if (series.isEmpty()) {
			return new KpiLine(kpi, null, null, null, null);
		}
		MeasurementView latest = series.get(series.size() - 1);
		return new KpiLine(kpi, latest.period(), latest.value(), latest.score(), latest.status());
	}

	/**
	 * Sets the four perspective weights; they must sum to 1 (±0.0001). A version, when
	 * given, must be the current one.
	 */
	@Transactional
	public ScorecardView setWeights(Actor actor, ProjectId project, Map<Perspective, BigDecimal> weights,
			Long version) {
		this.access.requireDirector(actor, project);
		ScorecardSettings settings = settingsOf(project.value());
		requireVersion(settings, version);
		List<FieldError> errors = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (Perspective p : Perspective.values()) {
			BigDecimal w = weights.get(p);
			if (w == null) {
				errors.add(new FieldError(p.name(), "weights.required", "must be given", null));
			}
			else if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
				errors.add(new FieldError(p.name(), "weights.range", "must be between 0 and 1", null));
			}
			else {
				Numbers.fits(p.name(), w, 10, errors);
				sum = sum.add(w);
			}
		}
		if (errors.isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
			errors.add(new FieldError("weights", "weights.sum",
					"the four perspective weights must sum to 1 (they sum to " + sum.toPlainString() + ")", null));
		}
		refuseIfAny(errors);
		settings.weigh(weights);
		this.settings.saveAndFlush(settings);
		return scorecardOf(project.value());
	}

	/** Sets where green and amber begin: 0 ≤ amber ≤ green ≤ 1. */
	@Transactional
	public ScorecardView setThresholds(Actor actor, ProjectId project, BigDecimal green, BigDecimal amber,
			Long version) {
		this.access.requireDirector(actor, project);
		ScorecardSettings settings = settingsOf(project.value());
		requireVersion(settings, version);
		List<FieldError> errors = new ArrayList<>();
		required("green", green, "thresholds.required", errors);
		required("amber", amber, "thresholds.required", errors);
		Numbers.fits("green", green, 4, errors);
		Numbers.fits("amber", amber, 4, errors);
		if (errors.isEmpty()
				&& (amber.signum() < 0 || green.compareTo(BigDecimal.ONE) > 0 || amber.compareTo(green) > 0)) {
			errors.add(new FieldError("amber", "thresholds.order", "must satisfy 0 ≤ amber ≤ green ≤ 1", null));
		}
		refuseIfAny(errors);
		settings.thresholds(new Thresholds(green, amber));
		this.settings.saveAndFlush(settings);
		return scorecardOf(project.value());
	}

	/** Adopts perspective weights from a ranking (rounded to 10 places). */
	void adoptPerspectiveWeights(long projectId, Map<Perspective, BigDecimal> weights) {
		ScorecardSettings settings = settingsOf(projectId);
		Map<Perspective, BigDecimal> rounded = new EnumMap<>(Perspective.class);
		weights.forEach((p, w) -> rounded.put(p, w.setScale(10, RoundingMode.HALF_EVEN)));
		settings.weigh(rounded);
		this.settings.saveAndFlush(settings);
	}

	/** Adopts the weights of a perspective's KPIs from a ranking, by KPI name. */
	void adoptKpiWeights(long projectId, Perspective perspective, Map<String, BigDecimal> weights) {
		for (Kpi kpi : this.kpis.findByProjectIdOrderById(projectId)) {
			if (kpi.perspective() == perspective && weights.containsKey(kpi.name())) {
				kpi.reweigh(weights.get(kpi.name()).setScale(8, RoundingMode.HALF_EVEN));
			}
		}
	}

	List<String> kpiNames(long projectId, Perspective perspective) {
		return this.kpis.findByProjectIdOrderById(projectId)
			.stream()
			.filter(k -> k.perspective() == perspective)
			.map(Kpi::name)
			.toList();
	}

	Map<Perspective, BigDecimal> weightsOf(long projectId) {
		return settingsOf(projectId).weights();
	}

	private ScorecardSettings settingsOf(long projectId) {
		return this.settings.findById(projectId).orElseGet(() -> new ScorecardSettings(projectId));
	}

	private static void requireVersion(ScorecardSettings settings, Long version) {
		if (version != null && version != settings.version()) {
			throw new StaleVersion("The scorecard settings", settings.version());
		}
	}

	private Kpi load(ProjectId project, long kpiId) {
		return this.kpis.findByIdAndProjectId(kpiId, project.value())
			.orElseThrow(() -> new NotFound("No KPI " + kpiId + " in project " + project));
	}

	private static KpiDraft completeFromLibrary(KpiDraft draft) {
		if (draft.libraryCode() == null || draft.libraryCode().isBlank()) {
			return draft;
		}
		LibraryKpi library = LibraryKpi.byCode(draft.libraryCode())
			.orElseThrow(() -> InvalidInput.of("libraryCode", "kpi.library.unknown", "is not a KPI of the library"));
		KpiDraft base = library.draft(draft.baseline(), draft.target(), draft.weight(), draft.period());
		return new KpiDraft(base.libraryCode(), base.perspective(), orElse(draft.name(), base.name()),
				draft.name() == null ? base.nameZh() : draft.nameZh(), base.description(), base.descriptionZh(),
				orElse(draft.unit(), base.unit()), draft.unit() == null ? base.unitZh() : draft.unitZh(),
				draft.direction() == null ? base.direction() : draft.direction(), base.measureType(),
				draft.scale() == null ? base.scale() : draft.scale(), draft.baseline(), draft.target(), draft.weight(),
				draft.period() == null ? PeriodType.QUARTER : draft.period());
	}

	private static KpiDraft merge(KpiDraft old, KpiDraft d) {
		return new KpiDraft(old.libraryCode(), d.perspective() == null ? old.perspective() : d.perspective(),
				orElse(d.name(), old.name()), d.nameZh() == null ? old.nameZh() : d.nameZh(),
				d.description() == null ? old.description() : d.description(),
				d.descriptionZh() == null ? old.descriptionZh() : d.descriptionZh(), orElse(d.unit(), old.unit()),
				d.unitZh() == null ? old.unitZh() : d.unitZh(), d.direction() == null ? old.direction() : d.direction(),
				d.measureType() == null ? old.measureType() : d.measureType(),
				d.scale() == null ? old.scale() : d.scale(), d.baseline() == null ? old.baseline() : d.baseline(),
				d.target() == null ? old.target() : d.target(), d.weight() == null ? old.weight() : d.weight(),
				d.period() == null ? old.period() : d.period());
	}

	private static String orElse(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	static List<FieldError> validate(KpiDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		if (draft.perspective() == null) {
			errors.add(new FieldError("perspective", "kpi.perspective.required",
					"must be FINANCIAL, CUSTOMER, INTERNAL_PROCESS or LEARNING_GROWTH", null));
		}
		if (blankOrLonger(draft.name(), 200)) {
			errors.add(new FieldError("name", "kpi.name.required", "must not be empty (at most 200 characters)", null));
		}
		if (longer(draft.nameZh(), 200)) {
			errors.add(new FieldError("nameZh", "kpi.name.required", "must be at most 200 characters", null));
		}
		if (longer(draft.description(), 1000) || longer(draft.descriptionZh(), 1000)) {
			errors
				.add(new FieldError("description", "kpi.description.tooLong", "must be at most 1000 characters", null));
		}
		if (blankOrLonger(draft.unit(), 40) || longer(draft.unitZh(), 40)) {
			errors.add(new FieldError("unit", "kpi.unit.required", "must not be empty (at most 40 characters)", null));
		}
		if (draft.direction() == null) {
			errors.add(new FieldError("direction", "kpi.direction.required",
					"must be HIGHER_IS_BETTER or LOWER_IS_BETTER", null));
		}
		if (draft.measureType() == null) {
			errors.add(
					new FieldError("measureType", "kpi.measureType.required", "must be DIRECT, RATIO or GROWTH", null));
		}
		if (draft.period() == null) {
			errors.add(new FieldError("period", "kpi.period.required", "must be MONTH or QUARTER", null));
		}
		required("baseline", draft.baseline(), "kpi.baseline.required", errors);
		required("target", draft.target(), "kpi.target.required", errors);
		if (draft.baseline() != null && draft.target() != null && draft.baseline().compareTo(draft.target()) == 0) {
			errors.add(new FieldError("target", "kpi.target.equalsBaseline",
					"must differ from the baseline: a KPI whose target is its baseline cannot be scored", null));
		}
		Numbers.fits("baseline", draft.baseline(), 4, errors);
		Numbers.fits("target", draft.target(), 4, errors);
		required("weight", draft.weight(), "kpi.weight.required", errors);
		if (draft.weight() != null && draft.weight().signum() < 0) {
			errors.add(new FieldError("weight", "kpi.weight.negative", "must not be negative", null));
		}
		Numbers.fits("weight", draft.weight(), 8, errors);
		if (draft.measureType() == MeasureType.RATIO && (draft.scale() == null || draft.scale().signum() <= 0)) {
			errors.add(new FieldError("scale", "kpi.scale.required",
					"a ratio needs a positive scale, e.g. 100 for a percentage or 1", null));
		}
		if (draft.measureType() == MeasureType.RATIO) {
			Numbers.fits("scale", draft.scale(), 6, errors);
		}
		return errors;
	}

	private static boolean blankOrLonger(String s, int max) {
		return s == null || s.isBlank() || s.trim().length() > max;
	}

	private static boolean longer(String s, int max) {
		return s != null && s.trim().length() > max;
	}

	static void required(String field, Object value, String code, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, code, "must be given", null));
		}
	}

	static void refuseIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
