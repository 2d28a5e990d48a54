package com.crmtracker.web.dashboard;

import java.time.Instant;

/** A board pack issued to the steering committee: the n-th of its project. */
public record IssuedPack(int number, Instant issuedAt, String issuedBy) {
}
