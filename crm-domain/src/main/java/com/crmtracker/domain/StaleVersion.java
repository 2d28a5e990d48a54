package com.crmtracker.domain;

/** Someone else changed the thing since the caller read it; nothing was changed. */
public class StaleVersion extends RuntimeException {

	private final long currentVersion;

	public StaleVersion(String what, long currentVersion) {
		super(what + " was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
