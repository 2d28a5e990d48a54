package com.crmtracker.web.scorecard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.Projects;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.RankingView;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.RoundView;
import com.crmtracker.scorecard.Scorecards;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Weights by expert ranking: the rankings of a project, a ranking's rounds, the ballot
 * form, closing a round and adopting one.
 */
@Controller
class RankingPages {

	private final Rankings rankings;

	private final Scorecards scorecards;

	private final Projects projects;

	private final ProjectAccess access;

	private final MessageSource messages;

	RankingPages(Rankings rankings, Scorecards scorecards, Projects projects, ProjectAccess access,
			MessageSource messages) {
		this.rankings = rankings;
		this.scorecards = scorecards;
		this.projects = projects;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/projects/{id}/scorecard/rankings")
	String list(Actor actor, @PathVariable long id, Model model) {
		ProjectId project = new ProjectId(id);
		model.addAttribute("rankings", this.rankings.list(actor, project));
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("mayEdit", this.access.directs(actor, project));
		model.addAttribute("perspectives", Perspective.values());
		return "scorecard/rankings";
	}

	@PostMapping("/projects/{id}/scorecard/rankings")
	String open(Actor actor, @PathVariable long id, @RequestParam String subject, Model model,
			RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		try {
			RankingView opened = this.rankings.open(actor, project, subject, null);
			redirect.addFlashAttribute("saved", "scorecard.ranking.opened");
			return "redirect:/projects/" + id + "/scorecard/rankings/" + opened.id();
		}
		catch (InvalidInput refusal) {
			model.addAttribute("errors", refusal.errors());
			return list(actor, id, model);
		}
	}

	@GetMapping("/projects/{id}/scorecard/rankings/{rankingId}")
	String show(Actor actor, @PathVariable long id, @PathVariable long rankingId, Locale locale, Model model) {
		ProjectId project = new ProjectId(id);
		RankingView ranking = this.rankings.get(actor, project, rankingId);
		model.addAttribute("ranking", ranking);
		model.addAttribute("project", this.projects.get(actor, project));
		model.addAttribute("labels", labels(actor, project, ranking, locale));
		boolean mayEdit = this.access.directs(actor, project);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("mayRank", mayEdit || this.access.sitsOnCommittee(actor, project));
		if (!model.containsAttribute("myRanks")) {
			model.addAttribute("myRanks", this.rankings.myBallot(actor, project, rankingId));
		}
		RoundView open = ranking.openRound();
		model.addAttribute("previous", open == null ? null : ranking.round(open.number() - 1));
		model.addAttribute("positions",
				java.util.stream.IntStream.rangeClosed(1, ranking.items().size()).boxed().toList());
		return "scorecard/ranking";
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/ballot")
	String ballot(Actor actor, @PathVariable long id, @PathVariable long rankingId,
			@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
		ProjectId project = new ProjectId(id);
		RankingView ranking = this.rankings.get(actor, project, rankingId);
		Map<String, Integer> ranks = new HashMap<>();
		List<String> items = ranking.items();
		for (int i = 0; i < items.size(); i++) {
			String rank = form.get("rank-" + i);
			ranks.put(items.get(i), parseRank(rank));
		}
		try {
			this.rankings.submit(actor, project, rankingId, null, ranks);
			redirect.addFlashAttribute("saved", "scorecard.ballot.saved");
			return "redirect:/projects/" + id + "/scorecard/rankings/" + rankingId;
		}
		catch (InvalidInput refusal) {
			model.addAttribute("errors", refusal.errors());
			Map<String, Integer> entered = new HashMap<>();
			ranks.forEach((k, v) -> {
				if (v != null) {
					entered.put(k, v);
				}
			});
			model.addAttribute("myRanks", entered);
		}
		catch (Conflict clash) {
			model.addAttribute("clash", clash.code());
		}
		return show(actor, id, rankingId, locale, model);
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/rounds")
	String nextRound(Actor actor, @PathVariable long id, @PathVariable long rankingId, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			this.rankings.nextRound(actor, new ProjectId(id), rankingId);
			redirect.addFlashAttribute("saved", "scorecard.round.opened");
			return "redirect:/projects/" + id + "/scorecard/rankings/" + rankingId;
		}
		catch (Conflict clash) {
			model.addAttribute("clash", clash.code());
			return show(actor, id, rankingId, locale, model);
		}
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/adoption")
	String adopt(Actor actor, @PathVariable long id, @PathVariable long rankingId, @RequestParam int round,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.rankings.adopt(actor, new ProjectId(id), rankingId, round);
			redirect.addFlashAttribute("saved", "scorecard.round.adoptedSaved");
			return "redirect:/projects/" + id + "/scorecard/rankings/" + rankingId;
		}
		catch (Conflict clash) {
			model.addAttribute("clash", clash.code());
			return show(actor, id, rankingId, locale, model);
		}
	}

	private static Integer parseRank(String rank) {
		try {
			return rank == null || rank.isBlank() ? null : Integer.valueOf(rank.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The items in the reader's language: perspective names, or the KPIs' names. */
	private Map<String, String> labels(Actor actor, ProjectId project, RankingView ranking, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (ranking.perspective() == null) {
			ranking.items()
				.forEach(item -> labels.put(item,
						this.messages.getMessage("scorecard.perspective." + item, null, item, locale)));
		}
		else {
			Map<String, KpiView> kpis = new HashMap<>();
			this.scorecards.kpis(actor, project).forEach(k -> kpis.put(k.name(), k));
			ranking.items()
				.forEach(item -> labels.put(item, kpis.containsKey(item) ? kpis.get(item).label(locale) : item));
		}
		return labels;
	}

}
