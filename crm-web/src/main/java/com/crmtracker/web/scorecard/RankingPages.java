package com.crmtracker.web.scorecard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectRight;
import com.crmtracker.scorecard.KpiView;
import com.crmtracker.scorecard.Perspective;
import com.crmtracker.scorecard.RankingView;
import com.crmtracker.scorecard.Rankings;
import com.crmtracker.scorecard.RoundView;
import com.crmtracker.scorecard.Scorecards;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.support.Requires;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Weights by expert ranking: the rankings of a project, a ranking's rounds, the ballot
 * form, closing a round and adopting one. A round that cannot be closed or adopted is a
 * conflict, answered by the 409 page.
 */
@Controller
class RankingPages {

	private final Rankings rankings;

	private final Scorecards scorecards;

	private final MessageSource messages;

	RankingPages(Rankings rankings, Scorecards scorecards, MessageSource messages) {
		this.rankings = rankings;
		this.scorecards = scorecards;
		this.messages = messages;
	}

	@GetMapping("/projects/{id}/scorecard/rankings")
	String list(ProjectHandle project, Model model) {
		model.addAttribute("rankings", this.rankings.list(project));
		model.addAttribute("project", project.project());
		boolean mayEdit = project.may(ProjectRight.EDIT_PLAN);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("perspectives", Perspective.values());
		if (mayEdit && !model.containsAttribute("rankingForm")) {
			model.addAttribute("rankingForm", new OpenRankingCommand(Rankings.PERSPECTIVES));
		}
		return "scorecard/rankings";
	}

	@PostMapping("/projects/{id}/scorecard/rankings")
	String open(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project,
			@Valid @ModelAttribute("rankingForm") OpenRankingCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RankingView[] opened = new RankingView[1];
		if (Forms.bind(form, result, model)
			.save(f -> opened[0] = this.rankings.open(project, f.subject(), null))
			.saved()) {
			redirect.addFlashAttribute("saved", "scorecard.ranking.opened");
			return "redirect:/projects/" + project.value() + "/scorecard/rankings/" + opened[0].id();
		}
		return list(project, model);
	}

	@GetMapping("/projects/{id}/scorecard/rankings/{rankingId}")
	String show(ProjectHandle project, @PathVariable long rankingId, Locale locale, Model model) {
		RankingView ranking = this.rankings.get(project, rankingId);
		model.addAttribute("ranking", ranking);
		model.addAttribute("project", project.project());
		model.addAttribute("labels", labels(project, ranking, locale));
		model.addAttribute("mayEdit", project.may(ProjectRight.EDIT_PLAN));
		model.addAttribute("mayRank", Rankings.isExpert(project));
		if (!model.containsAttribute("ballotForm")) {
			model.addAttribute("ballotForm", new BallotCommand(null));
		}
		if (!model.containsAttribute("myRanks")) {
			model.addAttribute("myRanks", this.rankings.myBallot(project, rankingId));
		}
		RoundView open = ranking.openRound();
		model.addAttribute("previous", open == null ? null : ranking.round(open.number() - 1));
		model.addAttribute("positions", IntStream.rangeClosed(1, ranking.items().size()).boxed().toList());
		return "scorecard/ranking";
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/ballot")
	String ballot(ProjectHandle project, @PathVariable long rankingId,
			@Valid @ModelAttribute("ballotForm") BallotCommand form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		Map<String, Integer> ranks = form.byItem(this.rankings.get(project, rankingId).items());
		if (Forms.bind(form, result, model).save(f -> this.rankings.submit(project, rankingId, null, ranks)).saved()) {
			redirect.addFlashAttribute("saved", "scorecard.ballot.saved");
			return "redirect:/projects/" + project.value() + "/scorecard/rankings/" + rankingId;
		}
		// the ranks as entered, to correct
		model.addAttribute("myRanks", ranks);
		return show(project, rankingId, locale, model);
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/rounds")
	String nextRound(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long rankingId,
			RedirectAttributes redirect) {
		this.rankings.nextRound(project, rankingId);
		redirect.addFlashAttribute("saved", "scorecard.round.opened");
		return "redirect:/projects/" + project.value() + "/scorecard/rankings/" + rankingId;
	}

	@PostMapping("/projects/{id}/scorecard/rankings/{rankingId}/adoption")
	String adopt(@Requires(ProjectRight.EDIT_PLAN) ProjectHandle project, @PathVariable long rankingId,
			@RequestParam int round, RedirectAttributes redirect) {
		this.rankings.adopt(project, rankingId, round);
		redirect.addFlashAttribute("saved", "scorecard.round.adoptedSaved");
		return "redirect:/projects/" + project.value() + "/scorecard/rankings/" + rankingId;
	}

	/** The items in the reader's language: perspective names, or the KPIs' names. */
	private Map<String, String> labels(ProjectHandle project, RankingView ranking, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (ranking.perspective() == null) {
			ranking.items()
				.forEach(item -> labels.put(item,
						this.messages.getMessage("scorecard.perspective." + item, null, item, locale)));
		}
		else {
			Map<String, KpiView> kpis = new HashMap<>();
			this.scorecards.kpis(project).forEach(k -> kpis.put(k.name(), k));
			ranking.items()
				.forEach(item -> labels.put(item, kpis.containsKey(item) ? kpis.get(item).label(locale) : item));
		}
		return labels;
	}

}
