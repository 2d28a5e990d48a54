package com.crmtracker.web.costing;

import java.io.Serializable;
import java.time.Instant;

import com.crmtracker.costing.CostImportView;

/**
 * The page's question after an identical file: the earlier import, and the kept upload to
 * import anyway. Serializable: a flash attribute.
 */
public record DuplicateNotice(long importId, String fileName, int lines, String importedBy, Instant importedAt,
		String token) implements Serializable {

	static DuplicateNotice of(CostImportView earlier, String token) {
		return new DuplicateNotice(earlier.id(), earlier.fileName(), earlier.lines(), earlier.importedBy(),
				earlier.importedAt(), token);
	}

}
