package com.crmtracker.project;

import java.time.Instant;

/** A recorded gate decision: what, why, who and when. */
public record GateDecisionView(GateDecision decision, String reason, String decidedBy, String decidedByName,
		Instant decidedAt) {
}
