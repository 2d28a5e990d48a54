package com.crmtracker.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.crmtracker.project.HistoryEntry.Action;
import com.crmtracker.project.HistoryEntry.Change;
import com.crmtracker.project.HistoryEntry.Subject;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a project's plan, read from the Hibernate Envers audit trail: every
 * change to its phases, deliverables and gates, with who and when, newest first.
 */
@Service
@Transactional(readOnly = true)
public class PlanHistory {

	private final EntityManager entityManager;

	private final ProjectPhaseRepository phases;

	private final UserDirectory users;

	PlanHistory(EntityManager entityManager, ProjectPhaseRepository phases, UserDirectory users) {
		this.entityManager = entityManager;
		this.phases = phases;
		this.users = users;
	}

	/** Every change to the project's plan, newest first. */
	public List<HistoryEntry> of(ProjectHandle project) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<Revision<ProjectPhase>> phaseRevisions = revisions(reader, ProjectPhase.class,
				AuditEntity.property("projectId").eq(project.value()));
		Map<Long, ProjectPhase> phaseById = new HashMap<>();
		for (Revision<ProjectPhase> r : phaseRevisions) {
			phaseById.put(r.entity().id(), r.entity());
		}
		this.phases.findByProjectIdOrderByNumber(project.value()).forEach(p -> phaseById.put(p.id(), p));
		List<HistoryEntry> entries = new ArrayList<>();
		if (!phaseById.isEmpty()) {
			entries.addAll(diff(phaseRevisions, ProjectPhase::id, r -> describe(r.entity(), Subject.PHASE, r),
					PlanHistory::phaseFields));
			List<Revision<Deliverable>> deliverableRevisions = revisions(reader, Deliverable.class,
					AuditEntity.property("phaseId").in(phaseById.keySet()));
			List<String> ownerNames = deliverableRevisions.stream()
				.map(r -> r.entity().ownerUsername())
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			Map<String, UserView> owners = ownerNames.isEmpty() ? Map.of() : this.users.byUsername(ownerNames);
			entries.addAll(diff(deliverableRevisions, Deliverable::id, r -> {
				ProjectPhase phase = phaseById.get(r.entity().phaseId());
				return new Subjected(Subject.DELIVERABLE, phase == null ? 0 : phase.number(), r.entity().name(),
						r.entity().nameZh());
			}, d -> deliverableFields(d, owners)));
			List<Revision<GateRecord>> gateRevisions = revisions(reader, GateRecord.class,
					AuditEntity.property("phaseId").in(phaseById.keySet()));
			entries.addAll(diff(gateRevisions, GateRecord::id, r -> {
				ProjectPhase phase = phaseById.get(r.entity().phaseId());
				return new Subjected(Subject.GATE, phase == null ? 0 : phase.number(),
						phase == null ? "" : phase.nameEn(), phase == null ? null : phase.nameZh());
			}, PlanHistory::gateFields));
		}
		Map<String, UserView> names = this.users
			.byUsername(entries.stream().map(HistoryEntry::username).distinct().toList());
		return entries.stream()
			.map(e -> new HistoryEntry(e.revision(), e.at(), e.username(),
					ProjectPlans.displayName(names, e.username()), e.subject(), e.phaseNumber(), e.nameEn(), e.nameZh(),
					e.action(), e.changes()))
			.sorted(Comparator.comparingLong(HistoryEntry::revision)
				.reversed()
				.thenComparing(e -> e.subject().ordinal())
				.thenComparingInt(HistoryEntry::phaseNumber))
			.toList();
	}

	private record Revision<T>(T entity, AuditRevision revision, RevisionType type) {
	}

	private record Subjected(Subject subject, int phaseNumber, String nameEn, String nameZh) {
	}

	/** A field's value as text, with its Chinese where it is a template's name. */
	private record Shown(String text, String zh) {

		static Shown of(String text) {
			return text == null ? null : new Shown(text, null);
		}

	}

	private static Subjected describe(ProjectPhase phase, Subject subject, Revision<ProjectPhase> r) {
		return new Subjected(subject, phase.number(), phase.nameEn(), phase.nameZh());
	}

	@SuppressWarnings("unchecked")
	private static <T> List<Revision<T>> revisions(AuditReader reader, Class<T> type,
			org.hibernate.envers.query.criteria.AuditCriterion criterion) {
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		return rows.stream()
			.map(row -> new Revision<>((T) row[0], (AuditRevision) row[1], (RevisionType) row[2]))
			.toList();
	}

	/** Turns the snapshots of each entity into entries naming the fields that changed. */
	private static <T> List<HistoryEntry> diff(List<Revision<T>> revisions, Function<T, Long> id,
			Function<Revision<T>, Subjected> subject, Function<T, Map<String, Shown>> fields) {
		Map<Long, List<Revision<T>>> byEntity = revisions.stream()
			.collect(Collectors.groupingBy(r -> id.apply(r.entity()), LinkedHashMap::new, Collectors.toList()));
		List<HistoryEntry> entries = new ArrayList<>();
		for (List<Revision<T>> ofEntity : byEntity.values()) {
			Map<String, Shown> before = Map.of();
			for (Revision<T> r : ofEntity) {
				Map<String, Shown> now = fields.apply(r.entity());
				List<Change> changes = new ArrayList<>();
				Action action;
				if (r.type() == RevisionType.ADD) {
					action = Action.ADDED;
					now.forEach((field, value) -> {
						if (value != null) {
							changes.add(change(field, null, value));
						}
					});
				}
				else if (r.type() == RevisionType.DEL) {
					action = Action.DELETED;
				}
				else {
					action = Action.CHANGED;
					for (Map.Entry<String, Shown> field : now.entrySet()) {
						Shown old = before.get(field.getKey());
						if (!Objects.equals(old, field.getValue())) {
							changes.add(change(field.getKey(), old, field.getValue()));
						}
					}
					if (changes.isEmpty()) {
						before = now;
						continue;
					}
				}
				Subjected s = subject.apply(r);
				entries.add(new HistoryEntry(r.revision().id(), Instant.ofEpochMilli(r.revision().timestamp()),
						r.revision().username(), r.revision().username(), s.subject(), s.phaseNumber(), s.nameEn(),
						s.nameZh(), action, List.copyOf(changes)));
				before = now;
			}
		}
		return entries;
	}

	private static Change change(String field, Shown from, Shown to) {
		return new Change(field, from == null ? null : from.text(), to == null ? null : to.text(),
				from == null ? null : from.zh(), to == null ? null : to.zh());
	}

	private static Map<String, Shown> phaseFields(ProjectPhase p) {
		Map<String, Shown> fields = new LinkedHashMap<>();
		fields.put("plannedStart", text(p.plannedStart()));
		fields.put("plannedEnd", text(p.plannedEnd()));
		fields.put("actualStart", text(p.actualStart()));
		fields.put("actualEnd", text(p.actualEnd()));
		fields.put("status", text(p.status()));
		return fields;
	}

	/**
	 * The fields as stored (the day only matters to slip and overdue, not listed here): a
	 * template deliverable's name in both languages, so that a renamed one shows its old
	 * name in the reader's; the owner by display name.
	 */
	private static Map<String, Shown> deliverableFields(Deliverable d, Map<String, UserView> owners) {
		Map<String, Shown> fields = new LinkedHashMap<>();
		String owner = d.ownerUsername();
		DeliverableView v = d.view(0, d.dueDate(), owner == null ? null : ProjectPlans.displayName(owners, owner));
		fields.put("name", v.name() == null ? null : new Shown(v.name(), v.nameZh()));
		fields.put("owner", Shown.of(v.ownerName()));
		fields.put("dueDate", text(v.dueDate()));
		fields.put("completedOn", text(v.completedOn()));
		fields.put("weight", v.weight() == null ? null : Shown.of(v.weight().stripTrailingZeros().toPlainString()));
		fields.put("documentLink", Shown.of(v.documentLink()));
		return fields;
	}

	private static Map<String, Shown> gateFields(GateRecord g) {
		GateDecisionView v = g.view(null);
		Map<String, Shown> fields = new LinkedHashMap<>();
		fields.put("decision", text(v.decision()));
		fields.put("reason", Shown.of(v.reason()));
		return fields;
	}

	private static Shown text(Object value) {
		return value == null ? null : Shown.of(value.toString());
	}

}
