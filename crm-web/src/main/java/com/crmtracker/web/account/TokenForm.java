package com.crmtracker.web.account;

import java.time.LocalDate;

/** A new personal API token: its name and the day it stops working. */
public record TokenForm(String name, LocalDate expiresOn) {

	static TokenForm startingFrom(LocalDate today) {
		return new TokenForm(null, today.plusDays(90));
	}

}
