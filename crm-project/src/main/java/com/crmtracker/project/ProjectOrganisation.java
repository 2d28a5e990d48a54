package com.crmtracker.project;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The three layers of a project's organisation. */
public record ProjectOrganisation(List<MemberView> steeringCommittee, List<MemberView> directors,
		List<MemberView> implementationTeam, Map<FunctionalGroup, List<MemberView>> functionalGroups) {

	static ProjectOrganisation of(List<MemberView> members) {
		return new ProjectOrganisation(members.stream().filter(m -> m.membership() == Membership.STEERING).toList(),
				members.stream().filter(m -> m.membership() == Membership.DIRECTOR).toList(),
				members.stream().filter(m -> m.membership() == Membership.TEAM && m.functionalGroup() == null).toList(),
				members.stream()
					.filter(m -> m.membership() == Membership.TEAM && m.functionalGroup() != null)
					.collect(Collectors.groupingBy(MemberView::functionalGroup, TreeMap::new, Collectors.toList())));
	}

	/**
	 * Everyone in the organisation once, by display name: whom a deliverable may be owned
	 * by.
	 */
	public List<MemberView> people() {
		Map<String, MemberView> byUsername = new java.util.LinkedHashMap<>();
		java.util.stream.Stream
			.of(this.steeringCommittee, this.directors, this.implementationTeam,
					this.functionalGroups.values().stream().flatMap(List::stream).toList())
			.flatMap(List::stream)
			.forEach(m -> byUsername.putIfAbsent(m.username(), m));
		return byUsername.values()
			.stream()
			.sorted(java.util.Comparator.comparing(MemberView::displayName).thenComparing(MemberView::username))
			.toList();
	}

	public List<MemberView> belowAllocationRule() {
		return java.util.stream.Stream.of(this.directors, this.implementationTeam)
			.flatMap(List::stream)
			.filter(MemberView::allocationBelowRule)
			.toList();
	}

}
