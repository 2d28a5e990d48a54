package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deliverable's owner is a member of its project, and a member's open deliverables are
 * his or hers to see on the home page.
 */
@SpringBootTest(classes = ProjectTestApplication.class)
class DeliverableOwnersTest {

	@Autowired
	UserDirectory users;

	@Autowired
	Projects projects;

	@Autowired
	ProjectPlans plans;

	@Autowired
	ProjectAccess access;

	@Autowired
	PlanHistory history;

	PlanFixtures a;

	@BeforeEach
	void fixtures() {
		this.a = new PlanFixtures(this.users, this.projects, this.access);
	}

	@Test
	void theOwnerIsAMemberOfTheProjectAndAnybodyElseIsRefusedNamingTheField() {
		ProjectId project = this.a.aNinePhaseProject();
		var member = this.a.aTeamMember(project, "Li Na");
		DeliverableView added = this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
				new DeliverableDraft("ERP interface", member.username(), LocalDate.of(2026, 9, 1), null, null, null));
		assertThat(added.owner()).isEqualTo(member.username());
		assertThat(added.ownerName()).isEqualTo("Li Na");
		assertThat(added.ownerIsMember()).isTrue();
		assertThat(this.plans.plan(this.a.open(this.a.steering, project)).deliverable(added.id()).ownerName())
			.isEqualTo("Li Na");

		// a user of another project, a display name instead of a user name, nobody at all
		for (String owner : new String[] { this.a.otherDirector.username(), "Li Na", "nobody" }) {
			assertThatThrownBy(() -> this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
					new DeliverableDraft("Report catalogue", owner, LocalDate.of(2026, 9, 1), null, null, null)))
				.as(owner)
				.isInstanceOfSatisfying(InvalidInput.class, refusal -> assertThat(refusal.errors())
					.extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::code)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("owner", "deliverable.owner.notMember")));
		}
		assertThatThrownBy(
				() -> this.plans.updateDeliverable(this.a.open(this.a.director, project), added.id(), added.version(),
						new DeliverableDraft("ERP interface", "nobody", LocalDate.of(2026, 9, 1), null, null, null)))
			.isInstanceOf(InvalidInput.class);
		// nothing half-saved: the refused owner is not stored, nor the refused
		// deliverables
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phase(6).deliverables())
			.extracting(DeliverableView::name)
			.doesNotContain("Report catalogue");
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).deliverable(added.id()).owner())
			.isEqualTo(member.username());

		// a blank owner leaves it ownerless
		DeliverableView ownerless = this.plans.updateDeliverable(this.a.open(this.a.director, project), added.id(),
				added.version(),
				new DeliverableDraft("ERP interface", " ", LocalDate.of(2026, 9, 1), null, null, null));
		assertThat(ownerless.owner()).isNull();
		assertThat(ownerless.ownerName()).isNull();
	}

	@Test
	void aMemberWhoOwnsOpenDeliverablesStaysUntilTheyHaveAnotherOwnerAndCompletedOnesKeepTheirOwner() {
		ProjectId project = this.a.aNinePhaseProject();
		var member = this.a.aTeamMember(project, "Wang Fang");
		DeliverableView first = this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
				new DeliverableDraft("Interface list", member.username(), LocalDate.of(2026, 5, 1), null, null, null));
		DeliverableView second = this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
				new DeliverableDraft("Data model", member.username(), LocalDate.of(2026, 5, 2), null, null, null));
		long memberId = this.projects.organisation(this.a.open(this.a.director, project))
			.implementationTeam()
			.stream()
			.filter(m -> m.username().equals(member.username()))
			.findFirst()
			.orElseThrow()
			.id();

		assertThatThrownBy(() -> this.projects.removeMember(this.a.open(this.a.director, project), memberId))
			.isInstanceOfSatisfying(Conflict.class, clash -> {
				assertThat(clash.code()).isEqualTo("member.ownsOpenDeliverables");
				assertThat(clash.getMessage()).contains(member.username(), "owns 2 open deliverables");
			});
		assertThat(this.projects.organisation(this.a.open(this.a.director, project)).people())
			.extracting(MemberView::username)
			.contains(member.username());

		// one completed, the other given to the director: the member may go
		DeliverableView done = this.plans.complete(this.a.open(this.a.director, project), first.id(), first.version(),
				LocalDate.of(2026, 5, 1));
		this.plans.updateDeliverable(this.a.open(this.a.director, project), second.id(), second.version(),
				new DeliverableDraft("Data model", this.a.director.username(), LocalDate.of(2026, 5, 2), null, null,
						null));
		this.projects.removeMember(this.a.open(this.a.director, project), memberId);
		assertThat(this.projects.organisation(this.a.open(this.a.director, project)).people())
			.extracting(MemberView::username)
			.doesNotContain(member.username());

		// the completed one keeps who delivered it, and may be edited keeping that owner
		DeliverableView kept = this.plans.plan(this.a.open(this.a.director, project)).deliverable(first.id());
		assertThat(kept.owner()).isEqualTo(member.username());
		assertThat(kept.ownerName()).isEqualTo("Wang Fang");
		DeliverableView edited = this.plans.updateDeliverable(this.a.open(this.a.director, project), first.id(),
				done.version(), new DeliverableDraft("Interface list v2", member.username(), LocalDate.of(2026, 5, 1),
						LocalDate.of(2026, 5, 1), null, null));
		assertThat(edited.owner()).isEqualTo(member.username());
		// but not given to the former member again
		assertThatThrownBy(() -> this.plans.updateDeliverable(this.a.open(this.a.director, project), second.id(),
				second.version() + 1,
				new DeliverableDraft("Data model", member.username(), LocalDate.of(2026, 5, 2), null, null, null)))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aPersonInTwoLayersMayLeaveOneOfThemWhileOwningOpenDeliverables() {
		ProjectId project = this.a.aNinePhaseProject();
		this.projects.addMember(this.a.open(this.a.director, project), new NewMember(this.a.steering.username(),
				Membership.TEAM, "Sponsor", null, new BigDecimal("10"), false));
		this.plans.addDeliverable(this.a.open(this.a.director, project), 1, new DeliverableDraft("Budget approved",
				this.a.steering.username(), LocalDate.of(2026, 7, 1), null, null, null));
		MemberView asTeam = this.projects.organisation(this.a.open(this.a.director, project))
			.implementationTeam()
			.stream()
			.filter(m -> m.username().equals(this.a.steering.username()))
			.findFirst()
			.orElseThrow();
		this.projects.removeMember(this.a.open(this.a.director, project), asTeam.id());
		assertThat(this.projects.organisation(this.a.open(this.a.director, project)).steeringCommittee())
			.extracting(MemberView::username)
			.containsExactly(this.a.steering.username());
	}

	@Test
	void myOpenDeliverablesAreTheOpenOnesIOwnInTheProjectsIMaySeeSoonestDueFirst() {
		ProjectId mine = this.a.aNinePhaseProject();
		ProjectId alsoMine = this.a.aNinePhaseProject();
		// a project of another director, where our director is only in the team: he does
		// not see it
		ProjectSummary hidden = this.projects.create(this.a.otherDirector,
				new ProjectDraft("Hidden " + System.nanoTime(), "Org", "CNY", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), ProjectStatus.ACTIVE),
				null);
		this.projects.addMember(this.a.open(this.a.otherDirector, hidden.projectId()),
				new NewMember(this.a.director.username(), Membership.TEAM, null, null, new BigDecimal("20"), false));
		String me = this.a.director.username();
		DeliverableView late = this.plans.addDeliverable(this.a.open(this.a.director, mine), 3,
				new DeliverableDraft("Late one", me, LocalDate.of(2026, 6, 20), null, null, null));
		DeliverableView later = this.plans.addDeliverable(this.a.open(this.a.director, alsoMine), 7,
				new DeliverableDraft("Later one", me, LocalDate.of(2026, 10, 1), null, null, null));
		DeliverableView soon = this.plans.addDeliverable(this.a.open(this.a.director, mine), 4,
				new DeliverableDraft("Soon one", me, LocalDate.of(2026, 7, 3), null, null, null));
		DeliverableView done = this.plans.addDeliverable(this.a.open(this.a.director, mine), 4,
				new DeliverableDraft("Done one", me, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), null, null));
		this.plans.addDeliverable(this.a.open(this.a.director, mine), 4, new DeliverableDraft("Someone else's",
				this.a.steering.username(), LocalDate.of(2026, 6, 1), null, null, null));
		DeliverableView inTheTeam = this.plans.addDeliverable(this.a.open(this.a.otherDirector, hidden.projectId()), 2,
				new DeliverableDraft("In another director's team", me, LocalDate.of(2026, 6, 1), null, null, null));

		List<OwnedDeliverable> owned = this.plans.openDeliverablesOwnedBy(this.a.director);
		// the project whose team the director works in without directing it is listed by
		// name, its deliverable not linked (its plan cannot be opened)
		assertThat(owned).extracting(o -> o.deliverable().id())
			.containsExactly(inTheTeam.id(), late.id(), soon.id(), later.id());
		assertThat(owned).extracting(o -> o.deliverable().id()).doesNotContain(done.id());
		assertThat(owned).extracting(OwnedDeliverable::seen).containsExactly(false, true, true, true);
		assertThat(owned.get(0).project().id()).isEqualTo(hidden.id());
		owned = owned.subList(1, owned.size());
		OwnedDeliverable first = owned.get(0);
		assertThat(first.project().id()).isEqualTo(mine.value());
		assertThat(first.phaseNumber()).isEqualTo(3);
		assertThat(first.phaseName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("分析和诊断");
		assertThat(first.phaseName(Locale.ENGLISH)).isEqualTo("Analysis and diagnosis");
		// today is 2026-06-30: due 2026-06-20, ten days late
		assertThat(first.deliverable().overdue()).isTrue();
		assertThat(first.deliverable().slipDays()).isEqualTo(10);
		assertThat(owned.get(1).deliverable().overdue()).isFalse();
		assertThat(owned.get(2).project().id()).isEqualTo(alsoMine.value());

		// the chair's own, on his home; a team member without a role sees no project, but
		// his own deliverables are listed on his home, by project name and unlinked
		assertThat(this.plans.openDeliverablesOwnedBy(this.a.steering)).extracting(o -> o.deliverable().name())
			.containsExactly("Someone else's");
		var team = this.a.aTeamMember(mine, "Zhou Min");
		this.plans.addDeliverable(this.a.open(this.a.director, mine), 5,
				new DeliverableDraft("Campaign data", team.username(), LocalDate.of(2026, 8, 1), null, null, null));
		List<OwnedDeliverable> teams = this.plans.openDeliverablesOwnedBy(team);
		assertThat(teams).extracting(o -> o.deliverable().name()).containsExactly("Campaign data");
		assertThat(teams.get(0).project().id()).isEqualTo(mine.value());
		assertThat(teams.get(0).seen()).isFalse();
		assertThatThrownBy(() -> this.a.open(team, mine)).isInstanceOf(com.crmtracker.domain.NotFound.class);
	}

	@Test
	void theHistoryNamesOwnersByDisplayNameAndARenamedTemplateDeliverableByItsNameInTheReadersLanguage() {
		ProjectId project = this.a.aNinePhaseProject();
		var member = this.a.aTeamMember(project, "Sun Li");
		DeliverableView d = this.plans.plan(this.a.open(this.a.director, project)).phase(5).deliverables().get(0);
		assertThat(d.nameZh()).isEqualTo("原型测试报告");
		this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(), d.version(), new DeliverableDraft(
				"Prototype test report, second round", member.username(), d.dueDate(), null, null, null));

		HistoryEntry change = this.history.of(this.a.open(this.a.director, project))
			.stream()
			.filter(e -> e.subject() == HistoryEntry.Subject.DELIVERABLE && e.action() == HistoryEntry.Action.CHANGED)
			.findFirst()
			.orElseThrow();
		HistoryEntry.Change name = change.changes()
			.stream()
			.filter(c -> c.field().equals("name"))
			.findFirst()
			.orElseThrow();
		assertThat(name.from(Locale.SIMPLIFIED_CHINESE)).isEqualTo("原型测试报告");
		assertThat(name.from(Locale.ENGLISH)).isEqualTo("Prototype test report");
		// the new name is typed text: the same in both
		assertThat(name.to(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Prototype test report, second round");
		assertThat(change.changes()).filteredOn(c -> c.field().equals("owner"))
			.extracting(c -> c.from(), c -> c.to())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, "Sun Li"));
	}

}
