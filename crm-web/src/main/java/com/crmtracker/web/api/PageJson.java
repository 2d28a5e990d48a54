package com.crmtracker.web.api;

import java.util.List;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.InvalidInput.FieldError;

/**
 * One page of a list as every list of the API gives it: the items of page {@code page}
 * (counted from 0) of {@code size} items, and how many there are in all.
 */
record PageJson<T>(List<T> content, long totalElements, int page, int size) {

	/** The largest page a caller may ask for. */
	static final int MAX_SIZE = 500;

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
