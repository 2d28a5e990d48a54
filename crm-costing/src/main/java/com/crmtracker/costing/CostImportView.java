package com.crmtracker.costing;

import java.time.Instant;

/**
 * An import of a file into the ledger: who imported which file when, the SHA-256 of its
 * bytes, the lines it stored and the generated lines it skipped.
 */
public record CostImportView(long id, String fileName, String sha256, int lines, int skippedGenerated,
		String importedBy, Instant importedAt) {
}
