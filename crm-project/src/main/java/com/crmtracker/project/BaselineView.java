package com.crmtracker.project;

import java.time.Instant;

/** A saved baseline of a project. */
public record BaselineView(long id, String name, String createdBy, Instant createdAt) {
}
