package com.crmtracker.web.signin;

import com.crmtracker.users.UserAccessRevoked;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A user who lost access is signed out everywhere at once: every session stored for his
 * or her name (Spring Session's index by principal name) is deleted, on every instance.
 */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void end(UserAccessRevoked revoked) {
		this.sessions.findByPrincipalName(revoked.username()).keySet().forEach(this.sessions::deleteById);
	}

}
