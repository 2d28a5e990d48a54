package com.crmtracker.project;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user with each revision; "system" when nobody is signed in. */
class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				? authentication.getName() : SYSTEM;
		((AuditRevision) revisionEntity).setUsername(username.length() > 64 ? username.substring(0, 64) : username);
	}

}
