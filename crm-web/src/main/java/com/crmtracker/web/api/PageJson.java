package com.crmtracker.web.api;

import java.util.List;

import com.crmtracker.costing.CostLedger;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;
import com.crmtracker.web.costing.CostingParams;

/**
 * One page of a list as every list of the API gives it: the items of page {@code page}
 * (counted from 0) of {@code size} items, and how many there are in all. The query's
 * {@code page} and {@code size} are read as text, so that a bad one is a 422 naming it
 * (never a 400); the description types them once for every list ({@link ApiDescription}).
 */
record PageJson<T>(List<T> content, long totalElements, int page, int size) {

	/** The largest page a caller may ask for, as for the cost lines. */
	static final int MAX_SIZE = CostLedger.MAX_PAGE_SIZE;

	/** The size of a page when the caller names none. */
	static final int DEFAULT_SIZE = 20;

	static final String PAGE = "Page number, from 0";

	static final String SIZE = "Items per page, 1 to " + MAX_SIZE;

	/**
	 * Page {@code page} of {@code all}; a page or size out of range is a 422 naming it.
	 */
	static <T> PageJson<T> of(List<T> all, int page, int size) {
		check(page, size);
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new PageJson<>(List.copyOf(all.subList(from, to)), all.size(), page, size);
	}

	/**
	 * Page {@code page} of {@code all}, with the page and size as the query gives them
	 * (absent: the first page of {@value #DEFAULT_SIZE}); a bad one is a 422 naming it.
	 */
	static <T> PageJson<T> of(List<T> all, String page, String size) {
		return of(all, page(page), size(size));
	}

	/** Checks the query's page and size before the list is made. */
	static void check(String page, String size) {
		check(page(page), size(size));
	}

	static int page(String page) {
		return CostingParams.number("page", page, 0);
	}

	static int size(String size) {
		return CostingParams.number("size", size, DEFAULT_SIZE);
	}

	static void check(int page, int size) {
		if (page < 0) {
			throw new InvalidInput(List.of(new FieldError("page", "page.invalid", "must be 0 or more", null)));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput(
					List.of(new FieldError("size", "size.invalid", "must be from 1 to " + MAX_SIZE, null)));
		}
	}

}
