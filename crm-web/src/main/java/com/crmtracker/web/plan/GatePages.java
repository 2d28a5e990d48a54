package com.crmtracker.web.plan;

import java.time.Clock;
import java.time.LocalDate;

import com.crmtracker.costing.EarnedValues;
import com.crmtracker.domain.NotFound;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectPlan;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectRight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The gate page of a phase: what the steering committee signs off. Its deliverables with
 * owners, completion dates and documents, the phase's cost and schedule figures (earned
 * value of the phase, by the project's rule), the gate record, and the forms the reader
 * may use: approve or reject (steering), resubmit after a rejection (director). The forms
 * post to the plan's gate actions.
 */
@Controller
class GatePages {

	private final ProjectPlans plans;

	private final EarnedValues earnedValues;

	private final Clock clock;

	GatePages(ProjectPlans plans, EarnedValues earnedValues, Clock clock) {
		this.plans = plans;
		this.earnedValues = earnedValues;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/plan/phases/{number}/gate")
	String gate(ProjectHandle project, @PathVariable int number, Model model) {
		ProjectPlan plan = this.plans.plan(project);
		PhaseView phase = plan.phase(number);
		if (phase == null) {
			throw new NotFound("No phase " + number);
		}
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("project", project.project());
		model.addAttribute("plan", plan);
		model.addAttribute("phase", phase);
		model.addAttribute("ev", this.earnedValues.ofPhase(project, number, today));
		model.addAttribute("today", today);
		model.addAttribute("plannedDays",
				java.time.temporal.ChronoUnit.DAYS.between(phase.plannedStart(), phase.plannedEnd()) + 1);
		model.addAttribute("worstSlip", phase.deliverables().stream().mapToLong(d -> d.slipDays()).max().orElse(0));
		model.addAttribute("mayDecide", project.may(ProjectRight.DECIDE_GATES));
		model.addAttribute("mayEdit", project.may(ProjectRight.EDIT_PLAN));
		return "plan/gate";
	}

}
