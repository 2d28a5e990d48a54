package com.crmtracker.web.support;

import org.springframework.util.unit.DataSize;

/**
 * An upload above the import limit ({@code crm.import.max-size}): answered 413 by
 * {@link PageProblems}, with the limit, on pages and in the API.
 */
public class UploadTooLarge extends RuntimeException {

	private final transient DataSize limit;

	public UploadTooLarge(DataSize limit) {
		super("The file is larger than the limit of " + limit.toMegabytes() + " MB");
		this.limit = limit;
	}

	public DataSize limit() {
		return this.limit;
	}

}
