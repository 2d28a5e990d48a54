package com.crmtracker.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Role;
import com.crmtracker.project.Baselines;
import com.crmtracker.project.DeliverableDraft;
import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.GateDecision;
import com.crmtracker.project.PhaseDates;
import com.crmtracker.project.PhaseGates;
import com.crmtracker.project.PhaseStatus;
import com.crmtracker.project.PhaseView;
import com.crmtracker.project.ProjectPlans;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;
import com.crmtracker.project.ProjectSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Brings the demo project's plan to life, relative to today: the kick-off baseline,
 * phases 1 and 2 done with their gates approved by the steering committee, phase 3 in
 * progress and replanned (three weeks later than the baseline) with one overdue
 * deliverable, owned by the director, who owns one of phase 4 too. Owners are members, by
 * user name. Runs once, while phase 1 has not started.
 */
@Component
@Order(10)
class DemoPlan implements ApplicationRunner {

	static final String DEMO_PROJECT = "华东区销售与服务 CRM 实施";

	private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

	private final StartupUsers.DemoMode demoMode;

	private final ProjectPlans plans;

	private final PhaseGates gates;

	private final Baselines baselines;

	private final Actor director = new Actor("director", Set.of(Role.DIRECTOR));

	private final Actor steering = new Actor("steering", Set.of(Role.STEERING));

	private final ProjectAccess access;

	private final Clock clock;

	DemoPlan(StartupUsers.DemoMode demoMode, ProjectAccess access, ProjectPlans plans, PhaseGates gates,
			Baselines baselines, Clock clock) {
		this.access = access;
		this.clock = clock;
		this.demoMode = demoMode;
		this.plans = plans;
		this.gates = gates;
		this.baselines = baselines;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.on()) {
			return;
		}
		ProjectSummary project = this.access.openVisible(this.director)
			.stream()
			.map(ProjectHandle::project)
			.filter(p -> p.name().equals(DEMO_PROJECT))
			.findFirst()
			.orElse(null);
		if (project == null) {
			return;
		}
		ProjectHandle id = this.access.open(this.director, project.projectId());
		ProjectHandle committee = this.access.open(this.steering, project.projectId());
		List<PhaseView> phases = this.plans.plan(id).phases();
		if (phases.size() < 4 || phases.get(0).status() != PhaseStatus.NOT_STARTED
				|| !this.baselines.list(id).isEmpty()) {
			return;
		}
		try {
			as(this.director);
			this.baselines.save(id, "Kick-off plan", "启动计划");
			LocalDate today = LocalDate.now(this.clock);
			finishPhase(id, 1, new String[] { "steering", "director" }, 0, today);
			finishPhase(id, 2, new String[] { "director", "director", "li.na", "wang.fang" }, 4, today);
			replanFromPhase3(id, today);
			as(this.steering);
			this.gates.decide(committee, 1, GateDecision.APPROVE, null);
			this.gates.decide(committee, 2, GateDecision.APPROVE, null);
			log.info("Demo plan: phases 1-2 approved, phase 3 in progress with an overdue deliverable");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Starts a phase on its planned day and completes every deliverable; late by
	 * lateDays.
	 */
	private void finishPhase(ProjectHandle id, int number, String[] owners, int lateDays, LocalDate today) {
		PhaseView phase = this.plans.plan(id).phase(number);
		LocalDate end = min(phase.plannedEnd().plusDays(lateDays), today.minusDays(1));
		phase = this.plans.updatePhase(id, number, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd(), phase.plannedStart(), null));
		int i = 0;
		for (DeliverableView d : phase.deliverables()) {
			LocalDate done = i == phase.deliverables().size() - 1 ? end : min(d.dueDate().minusDays(2), end);
			if (done.isBefore(phase.plannedStart())) {
				done = phase.plannedStart();
			}
			DeliverableView owned = this.plans.updateDeliverable(id, d.id(), d.version(),
					new DeliverableDraft(d.nameZh() != null ? d.nameZh() : d.name(), owners[i % owners.length],
							d.dueDate(), null, d.weight(), null));
			this.plans.complete(id, owned.id(), owned.version(), done);
			i++;
		}
		phase = this.plans.plan(id).phase(number);
		this.plans.updatePhase(id, number, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd(), phase.actualStart(), end));
	}

	/**
	 * Phase 3 started late and was replanned to end three weeks after today; the later
	 * phases move with it, and their deliverables with them. Two of its deliverables are
	 * done, one is overdue.
	 */
	private void replanFromPhase3(ProjectHandle id, LocalDate today) {
		PhaseView three = this.plans.plan(id).phase(3);
		LocalDate newEnd = today.plusDays(21);
		long shift = java.time.temporal.ChronoUnit.DAYS.between(three.plannedEnd(), newEnd);
		three = this.plans.updatePhase(id, 3, three.version(),
				new PhaseDates(three.plannedStart(), newEnd, three.plannedStart().plusDays(5), null));
		List<DeliverableView> ds = three.deliverables();
		String[] owners = { "wang.fang", "li.na", "director", "sun.li" };
		LocalDate[] due = { three.plannedStart().plusDays(20), three.plannedStart().plusDays(30), today.minusDays(6),
				today.plusDays(14) };
		for (int i = 0; i < ds.size() && i < due.length; i++) {
			DeliverableView d = ds.get(i);
			LocalDate dueDate = due[i];
			DeliverableView moved = this.plans.updateDeliverable(id, d.id(), d.version(),
					new DeliverableDraft(d.nameZh() != null ? d.nameZh() : d.name(), owners[i], dueDate, null,
							d.weight(), i == 0 ? "https://wiki.example.com/crm/installation" : null));
			if (i < 2) {
				this.plans.complete(id, moved.id(), moved.version(), min(dueDate.plusDays(i), today.minusDays(1)));
			}
		}
		for (int n = 4; n <= 9; n++) {
			PhaseView later = this.plans.plan(id).phase(n);
			if (later == null) {
				break;
			}
			long days = Math.max(0, shift);
			// the open deliverables move with their phase
			this.plans.updatePhase(id, n, later.version(),
					new PhaseDates(later.plannedStart().plusDays(days), later.plannedEnd().plusDays(days), null, null));
		}
		String[] nextOwners = { "director", "zhao.lei" };
		List<DeliverableView> four = this.plans.plan(id).phase(4).deliverables();
		for (int i = 0; i < four.size() && i < nextOwners.length; i++) {
			DeliverableView d = four.get(i);
			this.plans.updateDeliverable(id, d.id(), d.version(), new DeliverableDraft(
					d.nameZh() != null ? d.nameZh() : d.name(), nextOwners[i], d.dueDate(), null, d.weight(), null));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static void as(Actor actor) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor.username(), null,
					actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
	}

}
