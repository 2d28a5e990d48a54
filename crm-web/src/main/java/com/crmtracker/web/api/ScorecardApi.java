package com.crmtracker.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.FieldReader;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.scorecard.Direction;
import com.crmtracker.scorecard.FuzzyView;
import com.crmtracker.scorecard.Grade;
import com.crmtracker.scorecard.GradeVector;
import com.crmtracker.scorecard.IndicatorDraft;
import com.crmtracker.scorecard.KpiDetail;
import com.crmtracker.scorecard.KpiDraft;
import com.crmtracker.scorecard.KpiLine;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.LibraryKpi;
import com.crmtracker.scorecard.MeasureType;
import com.crmtracker.scorecard.MeasurementInput;
import com.crmtracker.scorecard.MeasurementView;
import com.crmtracker.scorecard.PeriodType;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.PerspectiveView;
import com.crmtracker.scorecard.QualitativeEvaluation;
import com.crmtracker.scorecard.RankingView;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.RoundView;
import com.crmtracker.scorecard.ScoreStatus;
import com.crmtracker.scorecard.ScorecardView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.web.support.JsonApi;
import com.crmtracker.web.support.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The balanced scorecard of a project: KPIs, measurements, weights, the scorecard, expert
 * rankings and the fuzzy evaluation of qualitative indicators.
 */
@Tag(name = "Scorecard", description = "KPIs, measurements, weights, expert rankings, fuzzy evaluation")
@JsonApi("/api/v1")
class ScorecardApi {

	private final Scorecards scorecards;

	private final Rankings rankings;

	private final QualitativeEvaluation qualitative;

	ScorecardApi(Scorecards scorecards, Rankings rankings, QualitativeEvaluation qualitative) {
		this.scorecards = scorecards;
		this.rankings = rankings;
		this.qualitative = qualitative;
	}

	@Operation(summary = "The KPI library of CRM practice")
	@GetMapping("/kpi-library")
	List<LibraryJson> library() {
		return this.scorecards.library().stream().map(LibraryJson::of).toList();
	}

	@Operation(summary = "List the KPIs of the project")
	@GetMapping("/projects/{id}/kpis")
	List<KpiJson> kpis(ProjectHandle project) {
		return this.scorecards.kpis(project).stream().map(KpiJson::of).toList();
	}

	@Operation(summary = "Add a KPI (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/kpis")
	ResponseEntity<KpiJson> addKpi(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody NewKpiJson body) {
		KpiView kpi = this.scorecards.addKpi(project, body.draft(false));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/kpis/" + kpi.id()))
			.body(KpiJson.of(kpi));
	}

	@Operation(summary = "A KPI with its current and superseded measurements")
	@GetMapping("/projects/{id}/kpis/{kpiId}")
	KpiDetailJson kpi(ProjectHandle project, @PathVariable long kpiId) {
		KpiDetail detail = this.scorecards.kpi(project, kpiId);
		return new KpiDetailJson(KpiJson.of(detail.kpi()), detail.series().stream().map(MeasurementJson::of).toList(),
				detail.superseded().stream().map(MeasurementJson::of).toList());
	}

	@Operation(summary = "Change a KPI (its DIRECTOR), with the version read")
	@PutMapping("/projects/{id}/kpis/{kpiId}")
	KpiJson updateKpi(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long kpiId,
			@RequestBody NewKpiJson body) {
		KpiDraft changes = body.draft(true);
		return KpiJson.of(this.scorecards.updateKpi(project, kpiId, body.version(), changes));
	}

	@Operation(summary = "Remove a KPI (its DIRECTOR)")
	@DeleteMapping("/projects/{id}/kpis/{kpiId}")
	ResponseEntity<Void> removeKpi(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long kpiId) {
		this.scorecards.removeKpi(project, kpiId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Every measurement of the KPI, the current ones of each period and those a
	 * correction superseded ({@code supersededAt} set), newest entry first.
	 */
	@Operation(summary = "The measurement history of a KPI, newest entry first, paged")
	@GetMapping("/projects/{id}/kpis/{kpiId}/measurements")
	PageJson<MeasurementJson> measurements(ProjectHandle project, @PathVariable long kpiId,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		KpiDetail detail = this.scorecards.kpi(project, kpiId);
		List<MeasurementJson> all = java.util.stream.Stream
			.concat(detail.series().stream(), detail.superseded().stream())
			.sorted(Comparator.comparing(MeasurementView::enteredAt).reversed())
			.map(MeasurementJson::of)
			.toList();
		return PageJson.of(all, page, size);
	}

	@Operation(summary = "Record a measurement of a period (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/kpis/{kpiId}/measurements")
	ResponseEntity<MeasurementJson> record(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@PathVariable long kpiId, @RequestBody MeasurementInput body) {
		MeasurementView recorded = this.scorecards.record(project, kpiId, body);
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/kpis/" + kpiId + "/measurements"))
			.body(MeasurementJson.of(recorded));
	}

	@Operation(summary = "The balanced scorecard")
	@GetMapping("/projects/{id}/scorecard")
	ScorecardJson scorecard(ProjectHandle project) {
		return ScorecardJson.of(this.scorecards.scorecard(project));
	}

	@Operation(summary = "Set the four perspective weights (its DIRECTOR)")
	@PutMapping("/projects/{id}/scorecard/weights")
	ScorecardJson weights(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = WeightsBody.class))) Map<String, Object> body) {
		FieldReader reader = new FieldReader("weights", null);
		Map<Perspective, BigDecimal> weights = weights(reader, body);
		Integer version = reader.integer("version", text(body.get("version")), false);
		reader.check();
		return ScorecardJson
			.of(this.scorecards.setWeights(project, weights, version == null ? null : version.longValue()));
	}

	/** The perspective weights of a body, by code; a malformed one is a 422 naming it. */
	static Map<Perspective, BigDecimal> weights(Map<String, Object> body) {
		FieldReader reader = new FieldReader("weights", null);
		Map<Perspective, BigDecimal> weights = weights(reader, body);
		reader.check();
		return weights;
	}

	private static Map<Perspective, BigDecimal> weights(FieldReader reader, Map<String, Object> body) {
		Map<Perspective, BigDecimal> weights = new EnumMap<>(Perspective.class);
		for (Perspective p : Perspective.values()) {
			BigDecimal weight = reader.decimal(p.name(), text(body.get(p.name())), false);
			if (weight != null) {
				weights.put(p, weight);
			}
		}
		return weights;
	}

	@Operation(summary = "Set the status thresholds (its DIRECTOR)")
	@PutMapping("/projects/{id}/scorecard/thresholds")
	ScorecardJson thresholds(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody ThresholdsJson body) {
		return ScorecardJson.of(this.scorecards.setThresholds(project, body.green(), body.amber(), body.version()));
	}

	@Operation(summary = "List the expert rankings")
	@GetMapping("/projects/{id}/rankings")
	List<RankingJson> rankings(ProjectHandle project) {
		return this.rankings.list(project).stream().map(RankingJson::of).toList();
	}

	@Operation(summary = "Open an expert ranking (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/rankings")
	ResponseEntity<OpenedJson> openRanking(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody NewRankingJson body) {
		RankingView ranking = this.rankings.open(project, body.subject(), body.items());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/rankings/" + ranking.id()))
			.body(new OpenedJson(ranking.id(), ranking.openRound().number(), ranking.subject(), ranking.items()));
	}

	@Operation(summary = "An expert ranking with its rounds")
	@GetMapping("/projects/{id}/rankings/{rankingId}")
	RankingJson ranking(ProjectHandle project, @PathVariable long rankingId) {
		return RankingJson.of(this.rankings.get(project, rankingId));
	}

	@Operation(summary = "Submit a ballot into the open round")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/rankings/{rankingId}/ballots")
	ResponseEntity<RankingJson> ballot(ProjectHandle project, @PathVariable long rankingId,
			@RequestBody BallotJson body) {
		RankingView ranking = this.rankings.submit(project, rankingId, body.expert(), body.ranks());
		return ResponseEntity.created(rankingAddress(project, rankingId)).body(RankingJson.of(ranking));
	}

	@Operation(summary = "Close the open round and open the next (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/rankings/{rankingId}/rounds")
	ResponseEntity<RankingJson> nextRound(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@PathVariable long rankingId) {
		RankingView ranking = this.rankings.nextRound(project, rankingId);
		return ResponseEntity.created(rankingAddress(project, rankingId)).body(RankingJson.of(ranking));
	}

	@Operation(summary = "Adopt a round's weights (its DIRECTOR)")
	@PostMapping("/projects/{id}/rankings/{rankingId}/adoption")
	RankingJson adopt(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long rankingId,
			@RequestBody AdoptionJson body) {
		if (body.round() == null) {
			throw InvalidInput.of("round", "ranking.round.required", "must name the round to adopt");
		}
		return RankingJson.of(this.rankings.adopt(project, rankingId, body.round()));
	}

	@Operation(summary = "Add a qualitative indicator (its DIRECTOR)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/indicators")
	ResponseEntity<IdJson> addIndicator(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@RequestBody NewIndicatorJson body) {
		FieldReader reader = new FieldReader("indicator", null);
		Perspective perspective = reader.code("perspective", Perspective.class, body.perspective(), false);
		reader.check();
		long indicator = this.qualitative.addIndicator(project, new IndicatorDraft(perspective, body.name(),
				body.description(), body.weight() == null ? BigDecimal.ONE : body.weight()));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.value() + "/indicators/" + indicator))
			.body(new IdJson(indicator));
	}

	@Operation(summary = "Grade a qualitative indicator (STEERING)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects/{id}/indicators/{indicatorId}/grades")
	ResponseEntity<Void> grade(ProjectHandle project, @PathVariable long indicatorId, @RequestBody GradeJson body) {
		FieldReader reader = new FieldReader("indicator", null);
		Grade grade = reader.code("grade", Grade.class, body.grade(), true);
		reader.check();
		this.qualitative.grade(project, indicatorId, grade);
		return ResponseEntity
			.created(URI.create("/api/v1/projects/" + project.value() + "/indicators/" + indicatorId + "/grades"))
			.build();
	}

	@Operation(summary = "The fuzzy comprehensive evaluation")
	@GetMapping("/projects/{id}/scorecard/fuzzy")
	FuzzyJson fuzzy(ProjectHandle project) {
		return FuzzyJson.of(this.qualitative.evaluation(project));
	}

	private static URI rankingAddress(ProjectHandle project, long rankingId) {
		return URI.create("/api/v1/projects/" + project.value() + "/rankings/" + rankingId);
	}

	/** A number as JSON shows it best: without trailing zeros or an exponent. */
	static BigDecimal num(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** A JSON value as the text {@link FieldReader} reads: a number or a string. */
	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	record LibraryJson(String code, Perspective perspective, String name, String nameZh, String description,
			String descriptionZh, String unit, String unitZh, Direction direction, MeasureType measureType,
			BigDecimal scale) {

		static LibraryJson of(LibraryKpi k) {
			return new LibraryJson(k.code(), k.perspective(), k.nameEn(), k.nameZh(), k.descriptionEn(),
					k.descriptionZh(), k.unit(), k.unitZh(), k.direction(), k.measureType(), num(k.scale()));
		}

	}

	record NewKpiJson(String libraryCode, @Schema(implementation = Perspective.class) String perspective, String name,
			String nameZh, String description, String descriptionZh, String unit, String unitZh,
			@Schema(implementation = Direction.class) String direction,
			@Schema(implementation = MeasureType.class) String measureType, BigDecimal scale, BigDecimal baseline,
			BigDecimal target, BigDecimal weight, @Schema(implementation = PeriodType.class) String period,
			@Schema(description = "The version read (to change a KPI)") Long version) {

		/**
		 * The draft, its codes read by {@link FieldReader}, every bad one refused at
		 * once; an update must carry the version it read.
		 * @param update whether the draft changes a KPI, which needs a version
		 */
		KpiDraft draft(boolean update) {
			FieldReader reader = new FieldReader("kpi", null);
			Perspective perspective = reader.code("perspective", Perspective.class, this.perspective, false);
			Direction direction = reader.code("direction", Direction.class, this.direction, false);
			MeasureType measureType = reader.code("measureType", MeasureType.class, this.measureType, false);
			PeriodType period = reader.code("period", PeriodType.class, this.period, false);
			if (update && this.version == null) {
				reader.reject("version", "required", "must be the version you read");
			}
			reader.check();
			return new KpiDraft(this.libraryCode, perspective, this.name, this.nameZh, this.description,
					this.descriptionZh, this.unit, this.unitZh, direction, measureType, this.scale, this.baseline,
					this.target, this.weight, period);
		}

	}

	record KpiJson(long id, long version,
			@Schema(nullable = true, description = "Null for a KPI not from the library") String libraryCode,
			Perspective perspective, String name, @Schema(nullable = true) String nameZh,
			@Schema(nullable = true) String description, String unit, Direction direction, MeasureType measureType,
			@Schema(nullable = true) BigDecimal scale, BigDecimal baseline, BigDecimal target, BigDecimal weight,
			PeriodType period) {

		static KpiJson of(KpiView k) {
			return new KpiJson(k.id(), k.version(), k.libraryCode(), k.perspective(), k.name(), k.nameZh(),
					k.description(), k.unit(), k.direction(), k.measureType(), num(k.scale()), num(k.baseline()),
					num(k.target()), num(k.weight()), k.period());
		}

	}

	record MeasurementJson(long kpiId, String period, BigDecimal value, BigDecimal score, ScoreStatus status,
			@Schema(nullable = true, description = "DIRECT only") BigDecimal enteredValue,
			@Schema(nullable = true, description = "RATIO only") BigDecimal numerator,
			@Schema(nullable = true, description = "RATIO only") BigDecimal denominator,
			@Schema(nullable = true, description = "GROWTH only") BigDecimal amount, String enteredBy,
			Instant enteredAt, @Schema(nullable = true,
					description = "When a correction replaced it; null while current") Instant supersededAt) {

		static MeasurementJson of(MeasurementView m) {
			return new MeasurementJson(m.kpiId(), m.period(), num(m.value()), num(m.score()), m.status(),
					num(m.input().value()), num(m.input().numerator()), num(m.input().denominator()),
					num(m.input().amount()), m.enteredBy(), m.enteredAt(), m.supersededAt());
		}

	}

	record KpiDetailJson(KpiJson kpi, List<MeasurementJson> measurements, List<MeasurementJson> superseded) {
	}

	record KpiLineJson(long id, String name,
			@Schema(nullable = true, description = "Null without measurements") String latestPeriod,
			@Schema(nullable = true, description = "Null without measurements") BigDecimal value,
			@Schema(nullable = true, description = "Null without measurements") BigDecimal score,
			@Schema(nullable = true, description = "Null without measurements") ScoreStatus status) {

		static KpiLineJson of(KpiLine l) {
			return new KpiLineJson(l.kpi().id(), l.kpi().name(), l.latestPeriod(), num(l.value()), num(l.score()),
					l.status());
		}

	}

	record PerspectiveJson(BigDecimal weight,
			@Schema(nullable = true, description = "Null when no KPI of it has a measurement") BigDecimal score,
			@Schema(nullable = true, description = "Null when no KPI of it has a measurement") ScoreStatus status,
			List<KpiLineJson> kpis) {

		static PerspectiveJson of(PerspectiveView p) {
			return new PerspectiveJson(num(p.weight()), num(p.score()), p.status(),
					p.kpis().stream().map(KpiLineJson::of).toList());
		}

	}

	/**
	 * API.md's shape, plus {@code leftOut} (perspectives without a score), the thresholds
	 * and the settings' version.
	 */
	record ScorecardJson(
			@Schema(nullable = true, description = "Null while no perspective has a score") BigDecimal overall,
			@Schema(nullable = true, description = "Null while no perspective has a score") ScoreStatus status,
			Map<Perspective, PerspectiveJson> perspectives, List<Perspective> leftOut,
			Map<String, BigDecimal> thresholds, long version) {

		static ScorecardJson of(ScorecardView s) {
			Map<Perspective, PerspectiveJson> perspectives = new LinkedHashMap<>();
			s.perspectives().forEach(p -> perspectives.put(p.perspective(), PerspectiveJson.of(p)));
			return new ScorecardJson(num(s.overall()), s.status(), perspectives, s.leftOut(),
					Map.of("green", num(s.thresholds().green()), "amber", num(s.thresholds().amber())),
					s.settingsVersion());
		}

	}

	record IdJson(long id) {
	}

	/** The body of a weights change: the four perspectives' weights summing to 1. */
	record WeightsBody(@Schema(requiredMode = REQUIRED) BigDecimal FINANCIAL,
			@Schema(requiredMode = REQUIRED) BigDecimal CUSTOMER,
			@Schema(requiredMode = REQUIRED) BigDecimal INTERNAL_PROCESS,
			@Schema(requiredMode = REQUIRED) BigDecimal LEARNING_GROWTH,
			@Schema(description = "The version of the settings read") Long version) {
	}

	record ThresholdsJson(BigDecimal green, BigDecimal amber, Long version) {
	}

	record NewRankingJson(String subject, List<String> items) {
	}

	record OpenedJson(long id, int round, String subject, List<String> items) {
	}

	record BallotJson(String expert, Map<String, Integer> ranks) {
	}

	record AdoptionJson(Integer round) {
	}

	record RoundJson(int number, boolean open, int ballots, List<String> experts, Map<String, BigDecimal> meanRanks,
			Map<String, BigDecimal> weights,
			@Schema(nullable = true, description = "Null with fewer than two ballots") BigDecimal kendallW,
			boolean adoptable, boolean adopted) {

		static RoundJson of(RoundView r) {
			Map<String, BigDecimal> means = new LinkedHashMap<>();
			r.meanRanks().forEach((k, v) -> means.put(k, num(v)));
			Map<String, BigDecimal> weights = new LinkedHashMap<>();
			r.weights().forEach((k, v) -> weights.put(k, num(v)));
			return new RoundJson(r.number(), r.open(), r.ballots(), r.experts(), means, weights, num(r.kendallW()),
					r.adoptable(), r.adopted());
		}

	}

	record RankingJson(long id, String subject, List<String> items, BigDecimal threshold,
			@Schema(nullable = true, description = "Null until a round is adopted") Integer adoptedRound,
			List<RoundJson> rounds) {

		static RankingJson of(RankingView r) {
			return new RankingJson(r.id(), r.subject(), r.items(), num(r.threshold()), r.adoptedRound(),
					r.rounds().stream().map(RoundJson::of).toList());
		}

	}

	record NewIndicatorJson(@Schema(implementation = Perspective.class, requiredMode = REQUIRED) String perspective,
			@Schema(requiredMode = REQUIRED) String name, String description, BigDecimal weight) {
	}

	record GradeJson(@Schema(implementation = Grade.class, requiredMode = REQUIRED) String grade) {
	}

	record VectorJson(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal poor) {

		static VectorJson of(GradeVector v) {
			return v == null ? null : new VectorJson(num(v.excellent()), num(v.good()), num(v.fair()), num(v.poor()));
		}

	}

	record RowJson(@Schema(nullable = true, description = "Set for a qualitative indicator") Long indicatorId,
			@Schema(nullable = true, description = "Set for a KPI") Long kpiId, String name, BigDecimal weight,
			@Schema(nullable = true, description = "Null without grades") VectorJson membership, int raters) {
	}

	record FuzzyPerspectiveJson(BigDecimal weight, List<RowJson> rows,
			@Schema(nullable = true, description = "Null without graded rows") VectorJson vector) {
	}

	record FuzzyJson(Map<Perspective, FuzzyPerspectiveJson> perspectives,
			@Schema(nullable = true, description = "Null without graded rows") VectorJson overall,
			@Schema(nullable = true, description = "Null without graded rows") Grade grade,
			@Schema(nullable = true, description = "Null without graded rows") BigDecimal score,
			List<Perspective> leftOut) {

		static FuzzyJson of(FuzzyView f) {
			Map<Perspective, FuzzyPerspectiveJson> perspectives = new LinkedHashMap<>();
			for (FuzzyView.PerspectiveMatrix p : f.perspectives()) {
				perspectives.put(p.perspective(),
						new FuzzyPerspectiveJson(num(p.weight()),
								p.rows()
									.stream()
									.map(r -> new RowJson(r.indicatorId(), r.kpi() == null ? null : r.kpi().id(),
											r.name(), num(r.weight()), VectorJson.of(r.membership()), r.raters()))
									.toList(),
								VectorJson.of(p.vector())));
			}
			return new FuzzyJson(perspectives, VectorJson.of(f.overall()), f.grade(), num(f.score()), f.leftOut());
		}

	}

}
