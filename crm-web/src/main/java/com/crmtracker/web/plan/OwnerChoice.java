package com.crmtracker.web.plan;

import java.util.ArrayList;
import java.util.List;

import com.crmtracker.project.DeliverableView;
import com.crmtracker.project.MemberView;

/**
 * A choice of the owner select of a deliverable: a member of the project by display name,
 * or the owner the deliverable has when that is no member (someone who left the project,
 * or text typed before owners were members), so that saving keeps it.
 *
 * @param value what the form sends: a user name, or that text
 * @param name what the select shows
 * @param note the message key of a remark beside the name, or null
 */
record OwnerChoice(String value, String name, String note) {

	static List<OwnerChoice> of(List<MemberView> members, DeliverableView deliverable) {
		List<OwnerChoice> choices = new ArrayList<>();
		for (MemberView m : members) {
			choices.add(new OwnerChoice(m.username(), m.displayName(), null));
		}
		if (deliverable != null && deliverable.owner() != null
				&& members.stream().noneMatch(m -> m.username().equals(deliverable.owner()))) {
			choices.add(new OwnerChoice(deliverable.owner(), deliverable.ownerName(),
					deliverable.ownerIsMember() ? "deliverable.owner.former" : "deliverable.owner.typed"));
		}
		return choices;
	}

}
