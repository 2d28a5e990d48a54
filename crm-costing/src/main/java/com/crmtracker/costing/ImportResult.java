package com.crmtracker.costing;

/**
 * What an import stored: its id (to undo it), the lines imported, and the lines skipped
 * because a recurring rule generates them.
 */
public record ImportResult(long importId, int imported, int skippedGenerated) {
}
