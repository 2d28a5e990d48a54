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

	public List<MemberView> belowAllocationRule() {
		return java.util.stream.Stream.of(this.directors, this.implementationTeam)
			.flatMap(List::stream)
			.filter(MemberView::allocationBelowRule)
			.toList();
	}

}
