package com.crmtracker.users;

/**
 * A user lost access, whole or in part (disabled, password reset, a role removed): his or
 * her tokens are already revoked; whoever keeps sessions ends them.
 */
public record UserAccessRevoked(String username) {
}
