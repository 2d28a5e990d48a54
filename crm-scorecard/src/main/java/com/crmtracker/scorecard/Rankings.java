package com.crmtracker.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.rules.ExpertRanking;
import com.crmtracker.scorecard.rules.ScorecardRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weights by expert ranking: the director opens a ranking, the experts (the steering
 * committee and the director) rank the items, the director closes a round and opens the
 * next with the previous mean ranks shown, and adopts a round whose Kendall's W reaches
 * the threshold. Every round is kept.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {

	/** The subject of a ranking of the four perspectives. */
	public static final String PERSPECTIVES = "PERSPECTIVES";

	/** The agreement a round needs before its weights may be adopted. */
	public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.7");

	private final Clock clock;

	private final Projects projects;

	private final Scorecards scorecards;

	private final RankingRepository rankings;

	private final RankingRoundRepository rounds;

	private final BallotRepository ballots;

	Rankings(Clock clock, Projects projects, Scorecards scorecards, RankingRepository rankings,
			RankingRoundRepository rounds, BallotRepository ballots) {
		this.clock = clock;
		this.projects = projects;
		this.scorecards = scorecards;
		this.rankings = rankings;
		this.rounds = rounds;
		this.ballots = ballots;
	}

	/**
	 * Opens a ranking of the perspectives ({@link #PERSPECTIVES}) or of one perspective's
	 * KPIs (the perspective's code); without items, all of them.
	 */
	@Transactional
	public RankingView open(ProjectHandle project, String subject, List<String> items) {
		project.require(ProjectRight.EDIT_PLAN);
		List<String> chosen = new ArrayList<>();
		List<String> allowed;
		if (PERSPECTIVES.equals(subject)) {
			allowed = Arrays.stream(Perspective.values()).map(Perspective::name).toList();
		}
		else if (subject != null && Arrays.stream(Perspective.values()).anyMatch(p -> p.name().equals(subject))) {
			allowed = this.scorecards.kpiNames(project.value(), Perspective.valueOf(subject));
		}
		else {
			throw InvalidInput.of("subject", "ranking.subject.invalid",
					"must be PERSPECTIVES or a perspective (FINANCIAL, CUSTOMER, INTERNAL_PROCESS, LEARNING_GROWTH)");
		}
		if (items == null || items.isEmpty()) {
			chosen.addAll(allowed);
		}
		else {
			items.forEach(item -> chosen.add(item == null ? "" : item.trim()));
		}
		List<FieldError> errors = new ArrayList<>();
		if (chosen.size() < 2) {
			errors.add(new FieldError("items", "ranking.items.tooFew",
					"a ranking needs at least two items (a perspective needs at least two KPIs)", null));
		}
		if (new HashSet<>(chosen).size() != chosen.size()) {
			errors.add(new FieldError("items", "ranking.items.duplicate", "must not repeat an item", null));
		}
		List<String> unknown = chosen.stream().filter(item -> !allowed.contains(item)).toList();
		if (!unknown.isEmpty()) {
			errors.add(new FieldError("items", "ranking.items.unknown",
					"must be "
							+ (PERSPECTIVES.equals(subject) ? "perspective codes" : "names of the perspective's KPIs")
							+ "; unknown: " + unknown,
					null));
		}
		if (PERSPECTIVES.equals(subject) && errors.isEmpty() && chosen.size() != allowed.size()) {
			errors
				.add(new FieldError("items", "ranking.items.allPerspectives", "must name all four perspectives", null));
		}
		ScorecardRules.refuseIfAny(errors);
		Instant now = Instant.now(this.clock);
		Ranking ranking = this.rankings
			.save(new Ranking(project.value(), subject, chosen, DEFAULT_THRESHOLD, project.username(), now));
		this.rounds.save(new RankingRound(ranking.id(), 1, now));
		return view(ranking);
	}

	public List<RankingView> list(ProjectHandle project) {
		return this.rankings.findByProjectIdOrderByIdDesc(project.value()).stream().map(this::view).toList();
	}

	public RankingView get(ProjectHandle project, long rankingId) {
		return view(load(project, rankingId));
	}

	/** The actor's own ranks in the open round, empty when none yet. */
	public Map<String, Integer> myBallot(ProjectHandle project, long rankingId) {
		RankingRound open = openRound(load(project, rankingId));
		if (open == null) {
			return Map.of();
		}
		return this.ballots.findByRoundIdAndExpert(open.id(), project.username()).map(Ballot::ranks).orElse(Map.of());
	}

	/**
	 * Puts an expert's ranks into the open round, replacing the expert's earlier ballot
	 * of that round. The expert is the actor; the director may also enter the ballot of a
	 * steering member.
	 */
	@Transactional
	public RankingView submit(ProjectHandle project, long rankingId, String expert, Map<String, Integer> ranks) {
		requireExpert(project);
		Ranking ranking = load(project, rankingId);
		String who = expert == null || expert.isBlank() ? project.username() : expert.trim();
		if (!who.equals(project.username())) {
			if (!project.may(ProjectRight.EDIT_PLAN)) {
				throw new Forbidden("Only the project's director may enter another expert's ballot");
			}
			if (!this.projects.steeringCommittee(project).contains(who)) {
				throw InvalidInput.of("expert", "ballot.expert.notExpert",
						"is not a member of the project's steering committee");
			}
		}
		ExpertRanking.problemWith(ranking.items(), ranks).ifPresent(problem -> {
			throw InvalidInput.of("ranks", "ballot.ranks.notPermutation",
					"are not a permutation of 1.." + ranking.items().size() + ": " + problem);
		});
		RankingRound open = openRound(ranking);
		if (open == null) {
			throw new Conflict("ranking.closed", "The ranking was adopted; no round is open");
		}
		Ballot ballot = this.ballots.findByRoundIdAndExpert(open.id(), who).orElseGet(() -> new Ballot(open.id(), who));
		ballot.rank(ranks, Instant.now(this.clock));
		this.ballots.saveAndFlush(ballot);
		return view(ranking);
	}

	/** Closes the open round and opens the next; the closed round needs a ballot. */
	@Transactional
	public RankingView nextRound(ProjectHandle project, long rankingId) {
		project.require(ProjectRight.EDIT_PLAN);
		Ranking ranking = load(project, rankingId);
		RankingRound open = openRound(ranking);
		if (open == null) {
			throw new Conflict("ranking.closed", "The ranking was adopted; no round is open");
		}
		if (this.ballots.findByRoundIdInOrderByExpert(List.of(open.id())).isEmpty()) {
			throw new Conflict("ranking.round.empty", "Round " + open.number() + " has no ballot yet");
		}
		Instant now = Instant.now(this.clock);
		open.close(now);
		this.rounds.saveAndFlush(open);
		this.rounds.save(new RankingRound(ranking.id(), open.number() + 1, now));
		return view(ranking);
	}

	/**
	 * Adopts a round's weights as the perspective weights or as the weights of the
	 * perspective's KPIs; the round needs two ballots and W at or above the threshold.
	 */
	@Transactional
	public RankingView adopt(ProjectHandle project, long rankingId, int roundNumber) {
		project.require(ProjectRight.EDIT_PLAN);
		Ranking ranking = load(project, rankingId);
		RankingView view = view(ranking);
		RoundView round = view.round(roundNumber);
		if (round == null) {
			throw new NotFound("No round " + roundNumber);
		}
		if (!round.adoptable()) {
			throw new Conflict("ranking.adopt.disagreement",
					"Round " + roundNumber
							+ " cannot be adopted: it needs at least two ballots and Kendall's W of at least "
							+ ranking.threshold().toPlainString());
		}
		if (view.perspective() == null) {
			Map<Perspective, BigDecimal> weights = new EnumMap<>(Perspective.class);
			round.weights().forEach((item, w) -> weights.put(Perspective.valueOf(item), w));
			this.scorecards.adoptPerspectiveWeights(project.value(), weights);
		}
		else {
			this.scorecards.adoptKpiWeights(project.value(), view.perspective(), round.weights());
		}
		Instant now = Instant.now(this.clock);
		ranking.adopt(roundNumber, now);
		this.rankings.saveAndFlush(ranking);
		RankingRound open = openRound(ranking);
		if (open != null) {
			open.close(now);
			this.rounds.saveAndFlush(open);
		}
		return view(ranking);
	}

	/**
	 * Whether the actor is one of the project's experts, who rank and grade: a member of
	 * its steering committee or its director.
	 */
	public static boolean isExpert(ProjectHandle project) {
		return project.may(ProjectRight.DECIDE_GATES) || project.may(ProjectRight.EDIT_PLAN);
	}

	static void requireExpert(ProjectHandle project) {
		if (!isExpert(project)) {
			throw new Forbidden("Only the project's steering committee and its director may do this");
		}
	}

	private RankingRound openRound(Ranking ranking) {
		return this.rounds.findByRankingIdOrderByNumber(ranking.id())
			.stream()
			.filter(RankingRound::open)
			.findFirst()
			.orElse(null);
	}

	private Ranking load(ProjectHandle project, long rankingId) {
		return this.rankings.findByIdAndProjectId(rankingId, project.value())
			.orElseThrow(() -> new NotFound("No ranking " + rankingId + " in project " + project.value()));
	}

	private RankingView view(Ranking ranking) {
		List<RankingRound> rounds = this.rounds.findByRankingIdOrderByNumber(ranking.id());
		Map<Long, List<Ballot>> byRound = this.ballots
			.findByRoundIdInOrderByExpert(rounds.stream().map(RankingRound::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Ballot::roundId));
		List<RoundView> views = new ArrayList<>();
		for (RankingRound round : rounds) {
			List<Ballot> cast = byRound.getOrDefault(round.id(), List.of());
			ExpertRanking.RoundResult result = ExpertRanking.evaluate(ranking.items(),
					cast.stream().map(Ballot::ranks).toList());
			boolean adoptable = cast.size() >= 2 && result.kendallW() != null
					&& result.kendallW().compareTo(ranking.threshold()) >= 0;
			views.add(new RoundView(round.number(), round.open(), cast.stream().map(Ballot::expert).toList(),
					new LinkedHashMap<>(result.meanRanks()), new LinkedHashMap<>(result.weights()), result.kendallW(),
					adoptable, Integer.valueOf(round.number()).equals(ranking.adoptedRound())));
		}
		return new RankingView(ranking.id(), ranking.subject(), ranking.items(), ranking.threshold(),
				ranking.adoptedRound(), views);
	}

}
