package com.crmtracker.domain;

/** The identity of an implementation project. */
public record ProjectId(long value) {

	public ProjectId {
		if (value <= 0) {
			throw new IllegalArgumentException("A project id is positive");
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
