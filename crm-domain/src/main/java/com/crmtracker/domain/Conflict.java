package com.crmtracker.domain;

/**
 * The request clashes with the state of the thing (a taken name, a gate not awaiting).
 */
public class Conflict extends RuntimeException {

	private final String code;

	public Conflict(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A message key naming the clash, e.g. {@code user.username.taken}. */
	public String code() {
		return this.code;
	}

}
