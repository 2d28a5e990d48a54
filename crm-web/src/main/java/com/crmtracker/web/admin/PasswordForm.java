package com.crmtracker.web.admin;

import jakarta.validation.constraints.NotNull;

/** A new password for a user, with the version of the account read. */
public record PasswordForm(String password, @NotNull Long version) {

}
