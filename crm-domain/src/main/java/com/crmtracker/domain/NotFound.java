package com.crmtracker.domain;

/**
 * Something the caller asked for does not exist, or is hidden from the caller: both
 * answer the same, so that a project one may not see does not exist for one.
 */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}
