package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.scorecard.rules.BalancedScorecard;
import com.crmtracker.scorecard.rules.ScorecardRules;

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

	private final ProjectAccess access;

	private final Clock clock;

	private final KpiRepository kpis;

	private final MeasurementRepository measurements;

	private final ScorecardSettingsRepository settings;

	Scorecards(ProjectAccess access, Clock clock, KpiRepository kpis, MeasurementRepository measurements,
			ScorecardSettingsRepository settings) {
		this.access = access;
		this.clock = clock;
		this.kpis = kpis;
		this.measurements = measurements;
		this.settings = settings;
	}

	/** The ready-made KPIs, by perspective. */
	public List<LibraryKpi> library() {
		return Arrays.asList(LibraryKpi.values());
	}

	/**
	 * The rules a KPI draft breaks, every one: for a form that must show them with its
	 * own refusals at once. Whether its name is taken is checked when it is added.
	 */
	public List<FieldError> check(KpiDraft draft) {
		return ScorecardRules.kpi(draft);
	}

	/**
	 * The rules a KPI changed by {@code changes} (null = unchanged) would break, every
	 * one.
	 */
	public List<FieldError> checkChange(KpiDraft current, KpiDraft changes) {
		return ScorecardRules.kpi(ScorecardRules.changed(current, changes));
	}

	/** The rules a measurement of a KPI breaks, every one. */
	public List<FieldError> check(KpiView kpi, MeasurementInput input) {
		return ScorecardRules.measurement(kpi, input);
	}

	/** The rules four perspective weights break: each 0..1, summing to 1 (±0.0001). */
	public List<FieldError> checkWeights(Map<Perspective, BigDecimal> weights) {
		return ScorecardRules.weights(weights);
	}

	/** The rules thresholds break: 0 ≤ amber ≤ green ≤ 1. */
	public List<FieldError> checkThresholds(BigDecimal green, BigDecimal amber) {
		return ScorecardRules.thresholds(green, amber);
	}

	/** Adds a KPI to the project: a custom one, or a library one by its code. */
	@Transactional
	public KpiView addKpi(ProjectHandle project, KpiDraft draft) {
		project.require(ProjectRight.EDIT_PLAN);
		KpiDraft complete = completeFromLibrary(draft);
		List<FieldError> errors = ScorecardRules.kpi(complete);
		if (complete.name() != null
				&& this.kpis.existsByProjectIdAndNameIgnoreCase(project.value(), complete.name().trim())) {
			errors.add(new FieldError("name", "kpi.name.taken", "is already the name of a KPI of this project", null));
		}
		ScorecardRules.refuseIfAny(errors);
		return this.kpis.save(new Kpi(project.value(), complete, Instant.now(this.clock))).view();
	}

	/**
	 * Adds a library KPI with the director's baseline, target, weight and period.
	 */
	@Transactional
	public KpiView addFromLibrary(ProjectHandle project, String code, BigDecimal baseline, BigDecimal target,
			BigDecimal weight, PeriodType period) {
		project.require(ProjectRight.EDIT_PLAN);
		LibraryKpi library = LibraryKpi.byCode(code)
			.orElseThrow(() -> InvalidInput.of("libraryCode", "kpi.library.unknown", "is not a KPI of the library"));
		return addKpi(project, library.draft(baseline, target, weight, period));
	}

	/**
	 * Changes a KPI: what the draft leaves null stays as it is. Its measure type and
	 * period cannot change once it has measurements.
	 */
	@Transactional
	public KpiView updateKpi(ProjectHandle project, long kpiId, long version, KpiDraft changes) {
		project.require(ProjectRight.EDIT_PLAN);
		Kpi kpi = load(project, kpiId);
		if (kpi.version() != version) {
			throw new StaleVersion("KPI " + kpiId, kpi.version());
		}
		KpiDraft draft = ScorecardRules.changed(kpi.draft(), changes);
		List<FieldError> errors = ScorecardRules.kpi(draft);
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
		ScorecardRules.refuseIfAny(errors);
		kpi.apply(draft);
		return this.kpis.saveAndFlush(kpi).view();
	}

	/** Removes a KPI with all its measurements. */
	@Transactional
	public void removeKpi(ProjectHandle project, long kpiId) {
		project.require(ProjectRight.EDIT_PLAN);
		this.kpis.delete(load(project, kpiId));
	}

	public List<KpiView> kpis(ProjectHandle project) {
		return this.kpis.findByProjectIdOrderById(project.value()).stream().map(Kpi::view).toList();
	}

	/** A KPI with its trend of current entries and the entries corrections superseded. */
	public KpiDetail kpi(ProjectHandle project, long kpiId) {
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
	public MeasurementView record(ProjectHandle project, long kpiId, MeasurementInput input) {
		project.require(ProjectRight.EDIT_PLAN);
		Kpi kpi = load(project, kpiId);
		KpiView view = kpi.view();
		ScorecardRules.refuseIfAny(ScorecardRules.measurement(view, input));
		Period period = Period.parse(input.period()).orElseThrow();
		MeasurementInput cleaned = switch (kpi.measureType()) {
			case DIRECT -> new MeasurementInput(input.period(), input.value(), null, null, null);
			case RATIO -> new MeasurementInput(input.period(), null, input.numerator(), input.denominator(), null);
			case GROWTH -> new MeasurementInput(input.period(), null, null, null, input.amount());
		};
		Instant now = Instant.now(this.clock);
		this.measurements.findByKpiIdAndPeriodAndSupersededAtIsNull(kpiId, period.toString()).ifPresent(old -> {
			old.supersede(now);
			// the correction must be flushed before the new entry takes the period
			this.measurements.saveAndFlush(old);
		});
		this.measurements.saveAndFlush(new Measurement(kpiId, period, cleaned, project.username(), now));
		Thresholds thresholds = settingsOf(project.value()).thresholds();
		return KpiSeries.of(view, this.measurements.findByKpiIdInAndSupersededAtIsNull(List.of(kpiId)), thresholds)
			.stream()
			.filter(m -> m.period().equals(period.toString()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The scorecard: each KPI's latest score, perspective scores and the overall score;
	 * the same figures as the project's entry of {@link #scorecardsOf}, from the same
	 * code.
	 */
	public ScorecardView scorecard(ProjectHandle project) {
		return scorecardOf(project.value());
	}

	ScorecardView scorecardOf(long projectId) {
		return scorecardsOfIds(List.of(projectId)).get(projectId);
	}

	/**
	 * The scorecards of many projects at once, for the portfolio and the dashboards, by
	 * project id: three queries however many projects there are.
	 */
	public Map<Long, ScorecardView> scorecardsOf(Collection<ProjectHandle> projects) {
		return scorecardsOfIds(projects.stream().map(ProjectHandle::value).distinct().toList());
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
	public ScorecardView setWeights(ProjectHandle project, Map<Perspective, BigDecimal> weights, Long version) {
		project.require(ProjectRight.EDIT_PLAN);
		ScorecardSettings settings = settingsOf(project.value());
		requireVersion(settings, version);
		ScorecardRules.refuseIfAny(ScorecardRules.weights(weights));
		settings.weigh(weights);
		this.settings.saveAndFlush(settings);
		return scorecardOf(project.value());
	}

	/** Sets where green and amber begin: 0 ≤ amber ≤ green ≤ 1. */
	@Transactional
	public ScorecardView setThresholds(ProjectHandle project, BigDecimal green, BigDecimal amber, Long version) {
		project.require(ProjectRight.EDIT_PLAN);
		ScorecardSettings settings = settingsOf(project.value());
		requireVersion(settings, version);
		ScorecardRules.refuseIfAny(ScorecardRules.thresholds(green, amber));
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

	private Kpi load(ProjectHandle project, long kpiId) {
		return this.kpis.findByIdAndProjectId(kpiId, project.value())
			.orElseThrow(() -> new NotFound("No KPI " + kpiId + " in project " + project.value()));
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

	private static String orElse(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	// ---- to be removed once web/dashboard passes handles (ProjectDashboard.of,
	// PortfolioWorld) ----

}
