package com.crmtracker.domain;

/** The caller sees the thing but may not do this to it. */
public class Forbidden extends RuntimeException {

	public Forbidden(String message) {
		super(message);
	}

}
