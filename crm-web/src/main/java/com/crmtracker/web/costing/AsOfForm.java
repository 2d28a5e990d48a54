package com.crmtracker.web.costing;

import java.time.LocalDate;

/** The earned-value page's choice of date, shown in the page's one date field. */
public record AsOfForm(LocalDate asOf) {

}
