package com.crmtracker.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.crmtracker.domain.Conflict;
import com.crmtracker.domain.Forbidden;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.domain.StaleVersion;
import com.crmtracker.users.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = ProjectTestApplication.class)
class ProjectPlansTest {

	/** The day of the module's fixed clock. */
	static final LocalDate TODAY = ProjectTestApplication.TODAY;

	@Autowired
	UserDirectory users;

	@Autowired
	Projects projects;

	@Autowired
	ProjectPlans plans;

	@Autowired
	PhaseGates gates;

	@Autowired
	Baselines baselines;

	@Autowired
	MethodologyTemplates templates;

	@Autowired
	PlanHistory history;

	@Autowired
	MissingPlans missingPlans;

	@Autowired
	ProjectPhaseRepository phaseRepository;

	@Autowired
	ProjectAccess access;

	PlanFixtures a;

	@BeforeEach
	void fixtures() {
		this.a = new PlanFixtures(this.users, this.projects, this.access);
	}

	@Test
	void aNewProjectGetsTheNinePhasesAndTheirTypicalDeliverablesInBothLanguages() {
		ProjectPlan plan = this.plans.plan(this.a.open(this.a.director, this.a.aNinePhaseProject()));
		assertThat(plan.phases()).extracting(PhaseView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(plan.phases()).extracting(PhaseView::nameZh)
			.containsExactly("项目准备", "项目启动", "分析和诊断", "描绘业务蓝图", "原型测试", "用户化和二次开发", "会议室导航", "系统切换", "新系统运行");
		PhaseView kickoff = plan.phase(2);
		assertThat(kickoff.deliverables()).extracting(d -> d.name(java.util.Locale.SIMPLIFIED_CHINESE))
			.containsExactlyInAnyOrder("项目目标", "项目组织与职责", "阶段计划", "培训计划");
		assertThat(kickoff.deliverables()).extracting(d -> d.name(java.util.Locale.ENGLISH)).contains("Training plan");
		assertThat(plan.phase(1).plannedStart()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(plan.phase(8).plannedEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(plan.phase(9).plannedStart()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(plan.phases()).allSatisfy(p -> assertThat(p.status()).isEqualTo(PhaseStatus.NOT_STARTED));
	}

	@Test
	void theOtherTemplatesGiveThreeFiveAndSixPhases() {
		assertThat(this.plans.plan(this.a.open(this.a.director, this.a.aProject("THREE_PHASE"))).phases()).hasSize(3);
		assertThat(this.plans.plan(this.a.open(this.a.director, this.a.aProject("FIVE_PHASE"))).phases()).hasSize(5);
		assertThat(this.plans.plan(this.a.open(this.a.director, this.a.aProject("SIX_PHASE"))).phases()).hasSize(6);
	}

	@Test
	void anUnknownTemplateIsRefusedOnTheTemplateField() {
		assertThatThrownBy(() -> this.a.aProject("TWELVE_PHASE")).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::field).containsExactly("template"));
	}

	@Test
	void completingTheLastDeliverableMakesThePhaseAwaitItsGateAndApprovalRecordsWhoAndWhen() {
		ProjectId project = this.a.aNinePhaseProject();
		List<DeliverableView> deliverables = this.plans.plan(this.a.open(this.a.director, project))
			.phase(1)
			.deliverables();
		this.plans.complete(this.a.open(this.a.director, project), deliverables.get(0).id(),
				deliverables.get(0).version(), null);
		PhaseView half = this.plans.plan(this.a.open(this.a.director, project)).phase(1);
		assertThat(half.status()).isEqualTo(PhaseStatus.IN_PROGRESS);
		assertThat(half.progress()).isEqualByComparingTo("0.5");
		assertThat(half.actualStart()).isEqualTo(TODAY);
		this.plans.complete(this.a.open(this.a.director, project), deliverables.get(1).id(),
				deliverables.get(1).version(), null);
		assertThat(this.gates.awaiting(this.a.open(this.a.steering, project))).extracting(PhaseView::number)
			.containsExactly(1);

		PhaseView done = this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.APPROVE, null);
		assertThat(done.status()).isEqualTo(PhaseStatus.DONE);
		assertThat(done.actualEnd()).isEqualTo(TODAY);
		assertThat(done.lastDecision().decidedBy()).isEqualTo(this.a.steering.username());
		assertThat(done.lastDecision().decidedByName()).isEqualTo("Name of " + this.a.steering.username());
		assertThat(done.lastDecision().decidedAt()).isNotNull();
		assertThat(this.plans.schedule(this.a.open(this.a.director, project)).get(0).progress())
			.isEqualByComparingTo("1");
	}

	@Test
	void thePortfolioAndThePlanPageGiveTheSameStatusFromOneRule() {
		// starts tomorrow: no template deliverable is due yet
		ProjectId project = this.a.aProject(Projects.DEFAULT_TEMPLATE, LocalDate.of(2026, 7, 1),
				LocalDate.of(2027, 6, 30));
		ProjectHandle handle = this.a.open(this.a.director, project);
		completeAll(project, 1);
		// phase 2: four template deliverables of weight 1, open, due later, and three of
		// ours
		this.plans.addDeliverable(handle, 2, new DeliverableDraft("Data migration plan", null,
				LocalDate.of(2026, 6, 10), null, new BigDecimal("3"), null));
		this.plans.addDeliverable(handle, 2, new DeliverableDraft("Interface list", null, LocalDate.of(2026, 6, 25),
				LocalDate.of(2026, 6, 28), BigDecimal.ONE, null));
		this.plans.addDeliverable(handle, 2, new DeliverableDraft("Report catalogue", null, LocalDate.of(2026, 6, 20),
				null, new BigDecimal("2"), null));

		PlanStatus portfolio = this.plans.statusOf(List.of(handle), TODAY).get(project.value());
		PlanStatus page = this.plans.plan(handle).status();

		assertThat(portfolio).isEqualTo(page);
		assertThat(page.gatesAwaiting()).isEqualTo(1);
		// open and past due: the migration plan (20 days late) and the report catalogue
		// (10)
		assertThat(page.overdue()).isEqualTo(2);
		assertThat(page.worstSlipDays()).isEqualTo(20);
		assertThat(page.phase(1).progress()).isEqualByComparingTo("1");
		assertThat(page.phase(1).status()).isEqualTo(PhaseStatus.AWAITING_GATE);
		// done 1 (the interface list) of 4 × 1 + 3 + 1 + 2 = 10
		assertThat(page.phase(2).progress()).isEqualByComparingTo("0.1");
		assertThat(page.phase(2).status()).isEqualTo(PhaseStatus.IN_PROGRESS);
		assertThat(page.currentPhase().number()).isEqualTo(1);
		assertThat(page.progress()).isEqualByComparingTo("1");
		assertThat(this.plans.plan(handle).currentPhase().number()).isEqualTo(1);
		assertThat(this.plans.plan(handle).overdueDeliverables()).extracting(DeliverableView::name)
			.containsExactlyInAnyOrder("Data migration plan", "Report catalogue");
		assertThat(this.plans.plan(handle).phase(2).progress()).isEqualByComparingTo("0.1");
		assertThat(this.plans.schedule(handle)).extracting(PhaseSchedule::progress)
			.containsExactlyElementsOf(page.phases().stream().map(PhaseLine::progress).toList());
	}

	@Test
	void aRejectedGateGoesBackToWorkWithItsReasonKept() {
		ProjectId project = this.a.aNinePhaseProject();
		completeAll(project, 1);
		PhaseView rejected = this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.REJECT,
				"Scope lacks service");
		assertThat(rejected.status()).isEqualTo(PhaseStatus.IN_PROGRESS);
		assertThat(rejected.lastDecision().reason()).isEqualTo("Scope lacks service");
		assertThatThrownBy(
				() -> this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.APPROVE, null))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void onlyTheProjectsSteeringMembersDecideGates() {
		ProjectId project = this.a.aNinePhaseProject();
		completeAll(project, 1);
		assertThatThrownBy(
				() -> this.gates.decide(this.a.open(this.a.director, project), 1, GateDecision.APPROVE, null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.gates.decide(this.a.open(this.a.finance, project), 1, GateDecision.APPROVE, null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(
				() -> this.gates.decide(this.a.open(this.a.otherDirector, project), 1, GateDecision.APPROVE, null))
			.isInstanceOf(NotFound.class);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phase(1).status())
			.isEqualTo(PhaseStatus.AWAITING_GATE);
	}

	@Test
	void onlyTheProjectsDirectorChangesThePlan() {
		ProjectId project = this.a.aNinePhaseProject();
		PhaseView phase = this.plans.plan(this.a.open(this.a.director, project)).phase(2);
		PhaseDates dates = new PhaseDates(phase.plannedStart(), phase.plannedEnd().plusDays(5), null, null);
		assertThatThrownBy(
				() -> this.plans.updatePhase(this.a.open(this.a.steering, project), 2, phase.version(), dates))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(
				() -> this.plans.updatePhase(this.a.open(this.a.finance, project), 2, phase.version(), dates))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.plans.updatePhase(this.a.open(this.a.admin, project), 2, phase.version(), dates))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(
				() -> this.plans.updatePhase(this.a.open(this.a.otherDirector, project), 2, phase.version(), dates))
			.isInstanceOf(NotFound.class);
		assertThat(
				this.plans.updatePhase(this.a.open(this.a.director, project), 2, phase.version(), dates).plannedEnd())
			.isEqualTo(phase.plannedEnd().plusDays(5));
	}

	@Test
	void aPlannedEndBeforeItsStartIsRefusedOnThePlannedEnd() {
		ProjectId project = this.a.aNinePhaseProject();
		PhaseView phase = this.plans.plan(this.a.open(this.a.director, project)).phase(3);
		assertThatThrownBy(() -> this.plans.updatePhase(this.a.open(this.a.director, project), 3, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedStart().minusDays(1), null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.errors().get(0).field()).isEqualTo("plannedEnd");
				assertThat(ex.errors().get(0).code()).isEqualTo("phase.plannedEnd.beforeStart");
			});
	}

	@Test
	void staleVersionIsRefusedAndNothingChanges() {
		ProjectId project = this.a.aNinePhaseProject();
		PhaseView phase = this.plans.plan(this.a.open(this.a.director, project)).phase(4);
		this.plans.updatePhase(this.a.open(this.a.director, project), 4, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd().plusDays(1), null, null));
		assertThatThrownBy(() -> this.plans.updatePhase(this.a.open(this.a.director, project), 4, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd().plusDays(30), null, null)))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phase(4).plannedEnd())
			.isEqualTo(phase.plannedEnd().plusDays(1));

		DeliverableView d = this.plans.plan(this.a.open(this.a.director, project)).phase(4).deliverables().get(0);
		this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(), d.version(),
				new DeliverableDraft("Renamed", this.a.steering.username(), d.dueDate(), null, BigDecimal.ONE, null));
		assertThatThrownBy(() -> this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(),
				d.version(), new DeliverableDraft("Mine", null, d.dueDate(), null, BigDecimal.TEN, null)))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).deliverable(d.id()).name())
			.isEqualTo("Renamed");
	}

	@Test
	void deliverablesAreAddedEditedReopenedAndDeletedWithWeightedProgress() {
		ProjectId project = this.a.aNinePhaseProject();
		DeliverableView added = this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
				new DeliverableDraft("Interface to ERP", this.a.director.username(), LocalDate.of(2026, 6, 1), null,
						new BigDecimal("3"), "https://docs.example.com/erp"));
		assertThat(added.nameZh()).isNull();
		DeliverableView completed = this.plans.complete(this.a.open(this.a.director, project), added.id(),
				added.version(), LocalDate.of(2026, 6, 4));
		assertThat(completed.slipDays()).isEqualTo(3);
		// weight 3 complete of 1 (template) + 3 = 4 → 0.75
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phase(6).progress())
			.isEqualByComparingTo("0.75");
		DeliverableView reopened = this.plans.reopen(this.a.open(this.a.director, project), added.id(),
				completed.version());
		assertThat(reopened.completedOn()).isNull();
		this.plans.deleteDeliverable(this.a.open(this.a.director, project), added.id(), reopened.version());
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).deliverable(added.id())).isNull();
	}

	@Test
	void aDeletedDeliverableComesBackWithItsIdAndItsHistoryOnce() {
		ProjectId project = this.a.aNinePhaseProject();
		DeliverableView added = this.plans.addDeliverable(this.a.open(this.a.director, project), 6,
				new DeliverableDraft("Interface to ERP", this.a.director.username(), LocalDate.of(2026, 6, 1), null,
						new BigDecimal("3"), "https://docs.example.com/erp"));
		DeliverableView stored = this.plans.plan(this.a.open(this.a.director, project)).deliverable(added.id());
		this.plans.deleteDeliverable(this.a.open(this.a.director, project), added.id(), added.version());
		assertThatThrownBy(() -> this.plans.undoDeleteDeliverable(this.a.open(this.a.steering, project), added.id()))
			.isInstanceOf(Forbidden.class);

		DeliverableView back = this.plans.undoDeleteDeliverable(this.a.open(this.a.director, project), added.id());
		assertThat(back).isEqualTo(stored);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).deliverable(added.id())).isEqualTo(stored);
		// added, deleted, added back: one story under one id
		assertThat(this.history.of(this.a.open(this.a.director, project)))
			.filteredOn(e -> e.subject() == HistoryEntry.Subject.DELIVERABLE && "Interface to ERP".equals(e.nameEn()))
			.extracting(HistoryEntry::action)
			.containsExactly(HistoryEntry.Action.ADDED, HistoryEntry.Action.DELETED, HistoryEntry.Action.ADDED);
		assertThatThrownBy(() -> this.plans.undoDeleteDeliverable(this.a.open(this.a.director, project), added.id()))
			.isInstanceOf(Conflict.class);
		// still the same row: its version takes a change
		this.plans.complete(this.a.open(this.a.director, project), added.id(), added.version(),
				LocalDate.of(2026, 6, 1));
	}

	@Test
	void renamingATemplateDeliverableReplacesBothLanguagesWithTheFreeText() {
		ProjectId project = this.a.aNinePhaseProject();
		DeliverableView d = this.plans.plan(this.a.open(this.a.director, project)).phase(5).deliverables().get(0);
		DeliverableView same = this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(), d.version(),
				new DeliverableDraft(d.nameZh(), this.a.steering.username(), d.dueDate(), null, null, null));
		assertThat(same.nameZh()).isEqualTo(d.nameZh());
		DeliverableView renamed = this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(),
				same.version(),
				new DeliverableDraft("原型测试报告 v2", this.a.steering.username(), d.dueDate(), null, null, null));
		assertThat(renamed.name(java.util.Locale.ENGLISH)).isEqualTo("原型测试报告 v2");
		assertThat(renamed.nameZh()).isNull();
	}

	@Test
	void anAdminMarksTheGoLivePhaseOfACopiedTemplateAtMostOnce() {
		String code = "GOLIVE_" + Math.abs(System.nanoTime() % 100000);
		TemplateView copy = this.templates.copy(this.a.admin, "NINE_PHASE", code, "Ours", "我们的");
		// the copy keeps the nine-phase template's mark on the cutover
		assertThat(copy.phases()).filteredOn(TemplateView.Phase::goLive)
			.extracting(TemplateView.Phase::number)
			.containsExactly(8);
		List<TemplateView.Deliverable> none = List.of();
		assertThatThrownBy(() -> this.templates.update(this.a.admin, code, copy.version(), "Ours", "我们的",
				List.of(new TemplateView.Phase(1, "Build", "构建", 1, true, none),
						new TemplateView.Phase(2, "Run", "运行", 1, true, none))))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInput.FieldError::code)
						.contains("template.goLive.one"));
		this.templates.update(this.a.admin, code, copy.version(), "Ours", "我们的",
				List.of(new TemplateView.Phase(1, "Build", "构建", 1, true, none),
						new TemplateView.Phase(2, "Run", "运行", 1, false, none)));
		ProjectPlan plan = this.plans.plan(this.a.open(this.a.director, this.a.aProject(code)));
		assertThat(plan.phase(1).goLive()).isTrue();
		assertThat(plan.phase(2).goLive()).isFalse();
	}

	@Test
	void editingATemplateNeverChangesExistingProjects() {
		ProjectId project = this.a.aNinePhaseProject();
		String code = "COPY_" + Math.abs(System.nanoTime() % 100000);
		TemplateView copy = this.templates.copy(this.a.admin, "NINE_PHASE", code, "Our method", "我们的方法");
		assertThatThrownBy(() -> this.templates.copy(this.a.director, "NINE_PHASE", code + "X", "x", "x"))
			.isInstanceOf(Forbidden.class);
		this.templates.update(this.a.admin, code, copy.version(), "Our method", "我们的方法",
				List.of(new TemplateView.Phase(1, "Only phase", "唯一阶段", 1, false,
						List.of(new TemplateView.Deliverable("Everything", "全部")))));
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phases()).hasSize(9);
		assertThat(this.templates.get("NINE_PHASE").phases()).hasSize(9);
		ProjectPlan fromCopy = this.plans.plan(this.a.open(this.a.director, this.a.aProject(code)));
		assertThat(fromCopy.phases()).extracting(PhaseView::nameEn).containsExactly("Only phase");
		assertThatThrownBy(() -> this.templates.update(this.a.admin, "NINE_PHASE", 0, "x", "x", List.of()))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void aBaselineFreezesPlannedDatesAndTheComparisonShowsDrift() {
		ProjectId project = this.a.aNinePhaseProject();
		BaselineView baseline = this.baselines.save(this.a.open(this.a.director, project), "Approved plan");
		PhaseView phase = this.plans.plan(this.a.open(this.a.director, project)).phase(3);
		// the deliverables stay, so that the phase and the deliverable drift apart
		this.plans.updatePhase(this.a.open(this.a.director, project), 3, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd().plusDays(14), null, null), false);
		DeliverableView d = phase.deliverables().get(0);
		this.plans.updateDeliverable(this.a.open(this.a.director, project), d.id(), d.version(),
				new DeliverableDraft(d.name(), null, d.dueDate().plusDays(7), null, null, null));
		ScheduleComparison comparison = this.baselines.compare(this.a.open(this.a.steering, project), baseline.id());
		assertThat(comparison.phases().get(2).endDrift()).isEqualTo(14);
		assertThat(comparison.phases().get(2).startDrift()).isZero();
		assertThat(comparison.movedPhases()).isEqualTo(1);
		assertThat(comparison.deliverables()).filteredOn(x -> x.deliverableId() == d.id())
			.singleElement()
			.satisfies(x -> {
				assertThat(x.drift()).isEqualTo(7);
				assertThat(x.change()).isEqualTo(ScheduleComparison.DeliverableDrift.Change.MOVED);
			});
		assertThat(comparison.movedDeliverables()).isEqualTo(1);
		assertThatThrownBy(() -> this.baselines.save(this.a.open(this.a.steering, project), "Mine"))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.baselines.save(this.a.open(this.a.director, project), "Approved plan"))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void theHistoryKeepsEveryChangeToPhasesDeliverablesAndGates() {
		ProjectId project = this.a.aNinePhaseProject();
		PhaseView phase = this.plans.plan(this.a.open(this.a.director, project)).phase(1);
		this.plans.updatePhase(this.a.open(this.a.director, project), 1, phase.version(),
				new PhaseDates(phase.plannedStart(), phase.plannedEnd().plusDays(2), null, null));
		completeAll(project, 1);
		this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.REJECT, "Not yet");
		List<HistoryEntry> entries = this.history.of(this.a.open(this.a.director, project));
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.subject()).isEqualTo(HistoryEntry.Subject.PHASE);
			assertThat(e.action()).isEqualTo(HistoryEntry.Action.CHANGED);
			assertThat(e.changes()).contains(new HistoryEntry.Change("plannedEnd", phase.plannedEnd().toString(),
					phase.plannedEnd().plusDays(2).toString()));
		});
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.subject()).isEqualTo(HistoryEntry.Subject.GATE);
			assertThat(e.changes()).contains(new HistoryEntry.Change("reason", null, "Not yet"));
		});
		assertThat(entries.get(0).revision()).isGreaterThan(entries.get(entries.size() - 1).revision());
		assertThatThrownBy(() -> this.history.of(this.a.open(this.a.otherDirector, project)))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aProjectWithoutPhasesGetsThoseOfItsTemplateAtStartUp() {
		ProjectId project = this.a.aProject("FIVE_PHASE");
		this.phaseRepository.deleteAll(this.phaseRepository.findByProjectIdOrderByNumber(project.value()));
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phases()).isEmpty();
		this.missingPlans.run(null);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phases()).hasSize(5);
		this.missingPlans.run(null);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phases()).hasSize(5);
	}

	private void completeAll(ProjectId project, int number) {
		for (DeliverableView d : this.plans.plan(this.a.open(this.a.director, project)).phase(number).deliverables()) {
			this.plans.complete(this.a.open(this.a.director, project), d.id(), d.version(), null);
		}
	}

	@Test
	void aDocumentLinkMustBeAWebAddress() {
		LocalDate today = LocalDate.of(2026, 6, 30);
		for (String link : new String[] { "javascript:alert(document.cookie)", "JavaScript:alert(1)",
				"data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//evil.example/x", "not a link" }) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> ProjectPlans
					.validate(new DeliverableDraft("Plan", null, LocalDate.of(2026, 7, 1), null, null, link), today))
				.as(link)
				.isInstanceOfSatisfying(com.crmtracker.domain.InvalidInput.class, e -> org.assertj.core.api.Assertions
					.assertThat(e.errors())
					.extracting(com.crmtracker.domain.InvalidInput.FieldError::field,
							com.crmtracker.domain.InvalidInput.FieldError::code)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple("documentLink", "deliverable.documentLink.http")));
		}
		for (String link : new String[] { "https://sharepoint.example.com/sites/crm/Plan.docx",
				"http://wiki.example/page?id=7", "" }) {
			ProjectPlans.validate(new DeliverableDraft("Plan", null, LocalDate.of(2026, 7, 1), null, null, link),
					today);
		}
	}

	@Test
	void theGoLiveWarningMovesWithTheCutoverPhase() {
		// planned go-live 2026-12-31; the cutover (phase 8, the template's go-live phase)
		// ends on it
		ProjectId project = this.a.aNinePhaseProject();
		ProjectPlan plan = this.plans.plan(this.a.open(this.a.director, project));
		assertThat(plan.phase(8).goLive()).isTrue();
		assertThat(plan.status().warnings()).isEmpty();
		// moving the pilot (phase 7) past go-live is no go-live warning
		PhaseView pilot = plan.phase(7);
		this.plans.updatePhase(this.a.open(this.a.director, project), 7, pilot.version(),
				new PhaseDates(pilot.plannedStart(), LocalDate.of(2027, 1, 15), null, null));
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).status().warnings()).isEmpty();
		// cutover to end 2027-01-20: 20 days after 2026-12-31
		PhaseView cutover = plan.phase(8);
		cutover = this.plans.updatePhase(this.a.open(this.a.director, project), 8, cutover.version(),
				new PhaseDates(cutover.plannedStart(), LocalDate.of(2027, 1, 20), null, null));
		PlanStatus late = this.plans.plan(this.a.open(this.a.steering, project)).status();
		assertThat(late.goLiveRisk().slipDays()).isEqualTo(20);
		assertThat(late.warnings()).extracting(PlanWarning::code).containsExactly("GO_LIVE_AT_RISK");
		assertThat(late.warnings().get(0).message()).contains("20 days");
		// the portfolio's status of many projects says the same
		assertThat(this.plans.statusOf(List.of(this.a.open(this.a.steering, project)), TODAY)
			.get(project.value())
			.goLiveRisk()
			.slipDays()).isEqualTo(20);
		// back on go-live: the warning goes
		this.plans.updatePhase(this.a.open(this.a.director, project), 8, cutover.version(),
				new PhaseDates(cutover.plannedStart(), LocalDate.of(2026, 12, 31), null, null));
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).status().warnings()).isEmpty();
	}

	@Test
	void openDeliverablesMoveWithTheirPhaseUnlessTheDirectorSaysOtherwise() {
		ProjectId project = this.a.aNinePhaseProject();
		PhaseView analysis = this.plans.plan(this.a.open(this.a.director, project)).phase(3);
		DeliverableView done = analysis.deliverables().get(0);
		this.plans.complete(this.a.open(this.a.director, project), done.id(), done.version(), TODAY.minusDays(3));
		analysis = this.plans.plan(this.a.open(this.a.director, project)).phase(3);
		LocalDate due = analysis.deliverables().get(1).dueDate();
		// the phase moves 10 days later, start and end: its three open deliverables
		// follow
		PhaseView moved = this.plans.updatePhase(this.a.open(this.a.director, project), 3, analysis.version(),
				new PhaseDates(analysis.plannedStart().plusDays(10), analysis.plannedEnd().plusDays(10),
						analysis.actualStart(), null));
		assertThat(moved.deliverables()).filteredOn(d -> d.completedOn() == null)
			.hasSize(3)
			.allSatisfy(d -> assertThat(d.dueDate()).isEqualTo(due.plusDays(10)));
		// the completed one stays where it was
		assertThat(moved.deliverables()).filteredOn(d -> d.id() == done.id())
			.singleElement()
			.satisfies(d -> assertThat(d.dueDate()).isEqualTo(done.dueDate()));
		// its end 5 days earlier, deliverables left where they are
		PhaseView kept = this.plans.updatePhase(this.a.open(this.a.director, project), 3, moved.version(),
				new PhaseDates(moved.plannedStart(), moved.plannedEnd().minusDays(5), moved.actualStart(), null),
				false);
		assertThat(kept.deliverables()).filteredOn(d -> d.completedOn() == null)
			.allSatisfy(d -> assertThat(d.dueDate()).isEqualTo(due.plusDays(10)));
	}

	@Test
	void reopeningTheFirstCompletionTakesTheSuggestedStartBack() {
		ProjectId project = this.a.aNinePhaseProject();
		DeliverableView first = this.plans.plan(this.a.open(this.a.director, project)).phase(4).deliverables().get(0);
		DeliverableView completed = this.plans.complete(this.a.open(this.a.director, project), first.id(),
				first.version(), TODAY.minusDays(2));
		PhaseView started = this.plans.plan(this.a.open(this.a.director, project)).phase(4);
		assertThat(started.status()).isEqualTo(PhaseStatus.IN_PROGRESS);
		assertThat(started.actualStart()).isEqualTo(TODAY.minusDays(2));
		assertThat(started.actualStartSuggested()).isTrue();
		this.plans.reopen(this.a.open(this.a.director, project), first.id(), completed.version());
		PhaseView back = this.plans.plan(this.a.open(this.a.director, project)).phase(4);
		assertThat(back.status()).isEqualTo(PhaseStatus.NOT_STARTED);
		assertThat(back.actualStart()).isNull();
		// a start the director records stays, whatever is completed or reopened
		PhaseView recorded = this.plans.updatePhase(this.a.open(this.a.director, project), 4, back.version(),
				new PhaseDates(back.plannedStart(), back.plannedEnd(), TODAY.minusDays(9), null));
		assertThat(recorded.actualStartSuggested()).isFalse();
		DeliverableView again = this.plans.complete(this.a.open(this.a.director, project), first.id(),
				recorded.deliverables().get(0).version(), null);
		this.plans.reopen(this.a.open(this.a.director, project), first.id(), again.version());
		PhaseView kept = this.plans.plan(this.a.open(this.a.director, project)).phase(4);
		assertThat(kept.actualStart()).isEqualTo(TODAY.minusDays(9));
		assertThat(kept.status()).isEqualTo(PhaseStatus.IN_PROGRESS);
	}

	@Test
	void theDirectorResubmitsARejectedGateAndTheRecordKeepsEveryStepInOrder() {
		ProjectId project = this.a.aNinePhaseProject();
		completeAll(project, 1);
		assertThat(this.plans.plan(this.a.open(this.a.director, project)).phase(1).resubmittable()).isFalse();
		this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.REJECT, "Scope lacks service");
		PhaseView rejected = this.plans.plan(this.a.open(this.a.director, project)).phase(1);
		assertThat(rejected.resubmittable()).isTrue();
		assertThatThrownBy(() -> this.gates.resubmit(this.a.open(this.a.steering, project), 1, null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(
				() -> this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.RESUBMIT, "x"))
			.isInstanceOf(Conflict.class);
		PhaseView resubmitted = this.gates.resubmit(this.a.open(this.a.director, project), 1,
				"Service scope added to the document");
		assertThat(resubmitted.status()).isEqualTo(PhaseStatus.AWAITING_GATE);
		assertThatThrownBy(() -> this.gates.resubmit(this.a.open(this.a.director, project), 1, null))
			.isInstanceOf(Conflict.class);
		PhaseView approved = this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.APPROVE, null);
		assertThat(approved.status()).isEqualTo(PhaseStatus.DONE);
		assertThat(approved.decisions()).extracting(GateDecisionView::decision)
			.containsExactly(GateDecision.REJECT, GateDecision.RESUBMIT, GateDecision.APPROVE);
		assertThat(approved.decisions()).extracting(GateDecisionView::reason)
			.containsExactly("Scope lacks service", "Service scope added to the document", null);
		assertThat(approved.decisions().get(1).decidedBy()).isEqualTo(this.a.director.username());
	}

	@Test
	void aResubmissionNeedsEveryDeliverableComplete() {
		ProjectId project = this.a.aNinePhaseProject();
		completeAll(project, 1);
		this.gates.decide(this.a.open(this.a.steering, project), 1, GateDecision.REJECT, "Not yet");
		DeliverableView one = this.plans.plan(this.a.open(this.a.director, project)).phase(1).deliverables().get(0);
		this.plans.reopen(this.a.open(this.a.director, project), one.id(), one.version());
		assertThatThrownBy(() -> this.gates.resubmit(this.a.open(this.a.director, project), 1, null))
			.isInstanceOfSatisfying(Conflict.class, ex -> assertThat(ex.getMessage()).contains("Complete every"));
	}

}
