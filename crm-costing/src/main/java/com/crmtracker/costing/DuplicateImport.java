package com.crmtracker.costing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.crmtracker.domain.Conflict;

/**
 * The file is identical (the same SHA-256) to an earlier import of the project: imported
 * again only when the caller says so.
 */
public class DuplicateImport extends Conflict {

	private final transient CostImportView earlier;

	public DuplicateImport(CostImportView earlier) {
		super("cost.import.duplicate",
				"This file is identical to import " + earlier.id() + " (" + earlier.fileName() + ", " + earlier.lines()
						+ " lines), imported by " + earlier.importedBy() + " at "
						+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
							.format(earlier.importedAt().atOffset(ZoneOffset.UTC))
						+ "; send it again with allowDuplicate=true to import it a second time");
		this.earlier = earlier;
	}

	/** The earlier import of the same file. */
	public CostImportView earlier() {
		return this.earlier;
	}

}
